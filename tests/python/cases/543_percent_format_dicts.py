d = {'name': 'Ada', 'age': 36, 'score': 91.256, 'tags': ['x', 'y']}
print('%(name)s is %(age)d' % d)
print('%(name)-8s|%(age)05d|%(score).1f|%(score)10.2e' % d)
print('%(tags)s %(tags)r %(name)r' % d)
print('%(age)x %(age)o %(age)#x %(age)+d' % d)
print('100%% of %(name)s' % d)
print('%(a)s %(a)s' % {'a': 'twice'})
print('no fields' % {}, 'no fields' % d)
try:
    '%(missing)s' % d
except KeyError as e:
    print('KeyError', e)
try:
    '%(name)s %s' % d
except TypeError as e:
    print('TypeError', e)
try:
    '%(name)d' % d
except TypeError as e:
    print('TypeError', e)
class Lookup(dict):
    def __missing__(self, key):
        return '<' + key + '>'
print('%(known)s %(unknown)s' % Lookup(known='K'))
print('%(k)s' % {'k': (1, 2)}, '%s' % ((1, 2),), '%s %s' % (1, 2))
try:
    '%s %s' % (1,)
except TypeError as e:
    print('TypeError', e)
try:
    '%d' % 'x'
except TypeError as e:
    print('TypeError', e)
print('%c%c' % (72, 'i'), '%5.1s|' % 'abc', '%-5d|' % -3, '%*d|' % (6, 42), '%.*f' % (2, 3.14159))

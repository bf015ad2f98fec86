x = 5
del x
try:
    print(x)
except NameError as e:
    print('NameError', e)
lst = [0, 1, 2, 3, 4]
del lst[1], lst[1]
print(lst)
d = {'a': 1, 'b': 2}
del d['a']
print(d)
class O:
    pass
o = O()
o.attr = 1
del o.attr
print(hasattr(o, 'attr'))
a, b = 1, 2
del a, b
try:
    a
except NameError as e:
    print('NameError', e)

print('{name} is {age}'.format(name='Ann', age=30))
d = {'k': 'v', 'n': 5}
print('{k}={n}'.format(**d))
print('{0[k]} {0[n]}'.format(d), '{0[1]}'.format(['a', 'b']))
class Pt:
    x = 3
    y = 4
print('({p.x}, {p.y})'.format(p=Pt()))
print('{{}} {{{0}}}'.format('in'))
print('{:*^11}'.format('mid'), '{:,}'.format(10 ** 9), '{!r}'.format('q'))
try:
    '{missing}'.format(other=1)
except KeyError as e:
    print('KeyError', e)

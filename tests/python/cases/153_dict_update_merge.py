a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print({**a, **b}, {**b, **a})
print(a | b, b | a)
c = dict(a)
c.update(b)
print(c)
c.update([('w', 0)], v=9)
print(c)
a |= {'n': 5}
print(a)
print({**a, 'x': 'new', **{'q': 1}})

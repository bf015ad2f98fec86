from collections import OrderedDict, namedtuple
od = OrderedDict()
od['b'] = 1
od['a'] = 2
od['c'] = 3
od.move_to_end('b')
print(od, list(od))
od.move_to_end('c', last=False)
print(list(od.items()), od.popitem(), od.popitem(last=False))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == dict(b=2, a=1))
Point = namedtuple('Point', ['x', 'y'])
p = Point(3, y=4)
print(p, p.x, p[1], p._asdict(), p._replace(x=10), Point._fields)
x, y = p
print(x + y, p == (3, 4), len(p), isinstance(p, tuple))
Emp = namedtuple('Emp', 'name dept', defaults=['none'])
print(Emp('ann'), Emp._make(['bob', 'it']))

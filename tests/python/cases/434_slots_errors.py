class P:
    __slots__ = ('x', 'y')
    def __init__(self, x):
        self.x = x
p = P(1)
print(p.x, hasattr(p, 'y'), hasattr(p, '__dict__'))
try:
    p.y
except AttributeError as e:
    print('AttributeError', e)
try:
    p.z = 3
except AttributeError as e:
    print('AttributeError', e)
p.y = 2
del p.y
try:
    del p.y
except AttributeError as e:
    print('AttributeError', e)
class Q(P):
    pass
q = Q(5)
q.z = 6
print(q.z, q.__dict__)
class R(P):
    __slots__ = ('w',)
r = R(1)
r.w = 2
try:
    r.v = 3
except AttributeError as e:
    print('AttributeError', e)
print(P.__slots__, R.__slots__, type(P.x).__name__)
class D:
    __slots__ = ('a', '__dict__')
d = D()
d.a = 1
d.b = 2
print(d.a, d.__dict__)
try:
    class Bad:
        __slots__ = ('v',)
        v = 1
except ValueError as e:
    print('ValueError', e)

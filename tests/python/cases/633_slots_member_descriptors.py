# __slots__ names are member descriptors of their class; slot values are no part of an instance's __dict__
import copy


class P:
    __slots__ = ('x', 'y')

    def __init__(self, x):
        self.x = x


class Q(P):
    def __init__(self, x):
        super().__init__(x)
        self.z = 'zed'


print(repr(P.x), P.x is P.x, P.x.__name__, P.x.__objclass__ is P)
p = P(1)
print(P.x.__get__(p, P), P.x.__get__(None, P) is P.x)
P.y.__set__(p, 20)
print(p.y)
P.y.__delete__(p)
print(hasattr(p, 'y'))
try:
    P.x.__get__(3, int)
except TypeError as e:
    print('TypeError', e)
print('x' in dir(p), 'y' in dir(p), 'x' in dir(P))

q = Q(5)
q.y = 7
print(vars(q), q.x, q.y, sorted(n for n in dir(q) if not n.startswith('__')))
q.__dict__['w'] = 8
print(q.w, q.__dict__)
del q.x
try:
    q.x
except AttributeError as e:
    print('AttributeError', e)
try:
    del q.x
except AttributeError as e:
    print('AttributeError', e)
q.x = 11
print(q.x, vars(q))
try:
    del q.nope
except AttributeError as e:
    print('AttributeError', e)

c = copy.copy(q)
print(c.x, c.y, c.z, c.__dict__ == q.__dict__, c.__dict__ is q.__dict__)
d = copy.deepcopy(q)
print(d.x, d.y, vars(d))


class S(P):
    x = 'class attribute'


print(S.x, S().x if False else P.x.__get__(Q(3), Q))

for bad in ("class Bad:\n    __slots__ = 'v'\n    v = 1\n", "class Ok:\n    __slots__ = ('__dict__',)\n    __dict__ = 1\n"):
    try:
        exec(bad)
        print('made')
    except ValueError as e:
        print('ValueError', e)

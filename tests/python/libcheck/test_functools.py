import functools
from functools import reduce, partial, wraps, update_wrapper, lru_cache, cache
from functools import total_ordering, cmp_to_key, cached_property
import operator


def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, 'raised', type(e).__name__, e)


# reduce
print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.add, [1, 2], 10))
print(reduce(lambda a, b: a * b, range(1, 10)), reduce(operator.add, 'abc'))
print(reduce(operator.add, [], 'init'), reduce(operator.add, [5]))
show('empty', lambda: reduce(operator.add, []))
show('noniter', lambda: reduce(operator.add, 5))
print(reduce(lambda acc, x: acc + [x * 2], iter(range(4)), []))

# partial
def power(base, exp=1, *rest, **kw):
    return (base ** exp, rest, sorted(kw.items()))

p = partial(power, 2)
print(p(3), p(exp=5), p(3, 4, 5, z=1))
q = partial(p, 10, flag=True)
print(q(), q.args, q.keywords, q.func is power)
r = partial(power, exp=3)
print(r(2), r(2, exp=4), r.args, r.keywords)
print(partial(int, base=16)('ff'), partial(max, key=len)(['a', 'bbb', 'cc']))
show('notcallable', lambda: partial(1))
show('noargs', lambda: partial())
class MyPartial(partial):
    pass
mp = MyPartial(power, 3)
print(type(mp).__name__, mp(2), mp.args, isinstance(mp, partial))
mp2 = partial(mp, 2)
print(mp2.func is mp, mp2.args)
print(repr(partial(len)).startswith('functools.partial(<built-in function len>'))
print(repr(partial(len, [1], x=2)).endswith(", [1], x=2)"))
p.attr = 'custom'
print(p.attr)

# update_wrapper / wraps
def decorator(f):
    @wraps(f)
    def inner(*a, **k):
        """inner doc"""
        return f(*a, **k)
    return inner

@decorator
def documented(x):
    """Doubles x."""
    return 2 * x

print(documented(21), documented.__name__, documented.__doc__, documented.__wrapped__(1))
print(documented.__qualname__, documented.__module__)
def target():
    pass
target.extra = [1]
def wrapper():
    pass
res = update_wrapper(wrapper, target)
print(res is wrapper, wrapper.__name__, wrapper.extra is target.extra, wrapper.__wrapped__ is target)
def w2():
    "w2 doc"
res = update_wrapper(w2, target, assigned=('__name__',), updated=())
print(w2.__name__, w2.__doc__, hasattr(w2, 'extra'))
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

# lru_cache
calls = []
@lru_cache(maxsize=3)
def sq(x):
    calls.append(x)
    return x * x

for v in [1, 2, 3, 1, 4, 2, 1, 5, 3]:
    sq(v)
print(calls, sq.cache_info())
info = sq.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info[0], tuple(info))
print(type(info).__name__, info._fields)
sq.cache_clear()
print(sq.cache_info(), sq.cache_parameters())

@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info(), fib.__name__)

@lru_cache()
def kw(a, b=2, *, c=3):
    return a + b + c
print(kw(1), kw(1, 2), kw(1, b=2), kw(b=2, a=1), kw(1, c=3), kw.cache_info())

@lru_cache(maxsize=None, typed=True)
def typed(x):
    return repr(x)
print(typed(1), typed(1.0), typed(True), typed(1), typed.cache_info())

@lru_cache(maxsize=0)
def nocache(x):
    return x
nocache(1); nocache(1)
print(nocache.cache_info())
show('badmax', lambda: lru_cache('x'))
show('unhashable', lambda: sq([1]))
print(lru_cache(maxsize=-5)(len).cache_info())

@cache
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)
print(fact(20), fact.cache_info())

class Calc:
    def __init__(self):
        self.n = 0
    @lru_cache(maxsize=None)
    def value(self, x):
        self.n += 1
        return x * 10
c = Calc()
print(c.value(1), c.value(1), c.value(2), c.n)

# total_ordering
@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return self.v == o.v
    def __lt__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return self.v < o.v
a, b = V(1), V(2)
print(a < b, a <= b, a > b, a >= b, b >= a, a <= V(1), a >= V(1), a > V(1))
print(V.__gt__.__name__, V.__le__.__name__)
show('cmp other', lambda: a >= 5)

@total_ordering
class G:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __gt__(self, o):
        return self.v > o.v
print(G(1) < G(2), G(1) <= G(1), G(3) >= G(2), G(1) > G(2))

@total_ordering
class LE:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __le__(self, o):
        return self.v <= o.v
print(LE(1) < LE(2), LE(2) > LE(1), LE(1) >= LE(1), LE(2) < LE(2))
print(sorted([LE(3), LE(1), LE(2)])[0].v)

@total_ordering
class GE:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __ge__(self, o):
        return self.v >= o.v
print(GE(1) < GE(2), GE(2) > GE(1), GE(1) <= GE(1), GE(2) < GE(2))

def bad():
    @total_ordering
    class N:
        pass
show('no order', bad)

# cmp_to_key
def rev(a, b):
    return (b > a) - (b < a)
print(sorted([3, 1, 2], key=cmp_to_key(rev)))
print(sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda x, y: len(x) - len(y))))
K = cmp_to_key(rev)
k1, k2 = K(1), K(2)
print(k1 < k2, k1 > k2, k1 == K(1), k1 <= k2, k1 >= k2, k1 != k2, k1.obj)
try:
    hash(k1)
except TypeError as e:
    print('hash TypeError')
show('other', lambda: k1 < 3)
print(min([5, 2, 8], key=cmp_to_key(rev)), max([5, 2, 8], key=cmp_to_key(rev)))

# cached_property
class Data:
    def __init__(self):
        self.computed = 0
    @cached_property
    def total(self):
        """The total."""
        self.computed += 1
        return 42
d = Data()
print(d.total, d.total, d.computed, 'total' in d.__dict__)
del d.total
print(d.total, d.computed)
d.total = 7
print(d.total, Data.total.__doc__, type(Data.total).__name__)

# partialmethod
class Cell:
    def __init__(self):
        self.state = None
    def set_state(self, state, extra=''):
        self.state = str(state) + extra
    set_alive = functools.partialmethod(set_state, True)
    set_dead = functools.partialmethod(set_state, False, extra='!')
cell = Cell()
cell.set_alive()
print(cell.state)
cell.set_dead()
print(cell.state)

# singledispatch
@functools.singledispatch
def describe(x):
    return 'object'
@describe.register(int)
def _(x):
    return 'int %d' % x
@describe.register(list)
def _(x):
    return 'list of %d' % len(x)
print(describe(1), describe([1, 2]), describe('s'), describe(True))

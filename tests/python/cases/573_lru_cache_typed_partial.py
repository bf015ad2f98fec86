from functools import lru_cache, partial, reduce
calls = []
@lru_cache(maxsize=None, typed=True)
def ident(x):
    calls.append(repr(x))
    return x
print(ident(1), ident(1.0), ident(True), ident(1))
print(calls, ident.cache_info())
calls.clear()
@lru_cache(maxsize=None)
def loose(x):
    calls.append(repr(x))
    return x
print(loose(1), loose(1.0), loose(True), calls, loose.cache_info().hits)
@lru_cache(maxsize=2)
def sq(n):
    calls.append(n)
    return n * n
calls.clear()
for n in [1, 2, 1, 3, 2, 1]:
    sq(n)
print(calls, sq.cache_info())
sq.cache_clear()
print(sq.cache_info(), sq.__wrapped__(9))
@lru_cache
def kw(a, b=0):
    calls.append((a, b))
    return a + b
calls.clear()
kw(1, 2); kw(1, b=2); kw(a=1, b=2); kw(1, 2)
print(calls, kw.cache_info().misses)
p = partial(int, base=2)
print(p('101'), p('11', base=10), p.func.__name__, p.args, p.keywords)
p2 = partial(partial(max, 3), 7, key=lambda v: -v)
print(p2(5), p2.args, type(p2.func).__name__)
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print('TypeError', e)
print(reduce(lambda acc, x: acc * 10 + x, [1, 2, 3], 0), reduce(max, [3], 99))

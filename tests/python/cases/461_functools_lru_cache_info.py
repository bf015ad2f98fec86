from functools import lru_cache, cache
@lru_cache(maxsize=2)
def square(x):
    print('computing', x)
    return x * x
print(square(2), square(3), square(2), square(4), square(3))
print(square.cache_info())
square.cache_clear()
print(square.cache_info())
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@cache
def ident(x):
    return [x]
print(ident(1) is ident(1), ident.cache_info())
@lru_cache
def kw(a, b=0):
    print('kw call', a, b)
    return a + b
print(kw(1), kw(1), kw(1, b=0), kw(a=1), kw.cache_info().hits)
@lru_cache(maxsize=4, typed=True)
def typed(x):
    return type(x).__name__
print(typed(1), typed(1.0), typed.cache_info())
try:
    square([1])
except TypeError as e:
    print('TypeError', e)
print(square.__name__, square.__wrapped__(5))

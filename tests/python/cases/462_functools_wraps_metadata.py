import functools
def trace(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return func(*args, **kwargs)
    return wrapper
def naive(func):
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return func(*args, **kwargs)
    return wrapper
def target(x: int, y: int = 2) -> int:
    """Add two numbers."""
    return x + y
target.custom = 'attr'
t = trace(target)
n = naive(target)
print(t.__name__, t.__doc__, t.__qualname__, t.__module__, t.__annotations__)
print(t.custom, t.__wrapped__ is target, t(1), t.__dict__ == {'custom': 'attr', '__wrapped__': target})
print(n.__name__, n.__doc__, n.__qualname__, hasattr(n, '__wrapped__'))
class K:
    @trace
    def method(self):
        """method doc"""
        return 'm'
print(K.method.__qualname__, K().method(), K.method.__doc__)
def deco2(f):
    def inner():
        return f()
    return functools.update_wrapper(inner, f, assigned=('__name__',), updated=())
def g():
    """g doc"""
print(deco2(g).__name__, deco2(g).__doc__, deco2(g).__wrapped__ is g)

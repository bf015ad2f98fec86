import functools
def traced(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper
@traced
def documented(x):
    """Returns x doubled."""
    return x * 2
print(documented.__name__, documented.__doc__, documented(21))
print(documented.__wrapped__(5))
def plain(func):
    def wrapper():
        return func()
    return wrapper
@plain
def other():
    """doc"""
print(other.__name__, other.__doc__)

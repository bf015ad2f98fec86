import functools
def require_positive(func):
    @functools.wraps(func)
    def wrapper(n):
        if n <= 0:
            raise ValueError(f'{func.__name__} needs a positive number, got {n}')
        return func(n)
    return wrapper
@require_positive
def half(n):
    return n / 2
print(half(10))
print(half.__name__)
print(half(-4))

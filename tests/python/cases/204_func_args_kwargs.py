def f(*args, **kwargs):
    return args, kwargs
print(f())
print(f(1, 2))
print(f(a=1, b=2))
print(f(1, *[2, 3], x=4, **{'y': 5}))
def g(a, b, *rest, key=None, **extra):
    print(a, b, rest, key, extra)
g(1, 2)
g(1, 2, 3, 4, key='k', z=26)
g(*'xy', **{'key': 0})

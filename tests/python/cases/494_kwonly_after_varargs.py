def f(a, *args, sep='-', end='!', **kw):
    return sep.join(map(str, (a,) + args)) + end + (str(sorted(kw.items())) if kw else '')
print(f(1), f(1, 2, 3), f(1, 2, sep='+'), f(1, end='?', x=5), f(*'abc', sep=''))
def g(*, required, optional=0):
    return required, optional
print(g(required=1), g(optional=2, required=3))
for call in [lambda: g(1), lambda: g(), lambda: f(), lambda: g(required=1, other=2)]:
    try:
        call()
    except TypeError as e:
        print('TypeError', e)
def h(a, b=2, /, c=3, *d, e, f=6, **g):
    return a, b, c, d, e, f, g
print(h(1, e=5), h(1, 2, 3, 4, 5, e=0, z=9))
print('positional-only b passed as kw ->', h(1, b=2, e=3))
print(h.__kwdefaults__, h.__defaults__, h.__code__.co_kwonlyargcount, h.__code__.co_posonlyargcount)
def k(*args, key):
    return args, key
print(k(key=None), k(1, 2, key=3))

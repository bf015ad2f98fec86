def f(**kw):
    return list(kw.items())
print(f(z=1, a=2, m=3))
def g(a, **kw):
    return a, kw
print(g(**{'a': 1, 'b': 2}))
try:
    g(1, **{'a': 2})
except TypeError as e:
    print('TypeError', e)
try:
    f(**{'x': 1}, **{'x': 2})
except TypeError as e:
    print('TypeError', e)

a, *b = [1]
print(a, b)
*a, b = 'xy'
print(a, b)
a, *b, c = range(5)
print(a, b, c)
*a, = (1, 2, 3)
print(a, type(a).__name__)
[a, *b], c = 'pqr', 4
print(a, b, c)
(a, b), *c = [(1, 2), 3, 4]
print(a, b, c)
a, *b = iter({1: 'a', 2: 'b', 3: 'c'})
print(a, b)
a, *b, c = 1, 2
print(a, b, c)
try:
    a, *b, c = [1]
except ValueError as e:
    print('ValueError', e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print('ValueError', e)
try:
    a, b, c = 'xy'
except ValueError as e:
    print('ValueError', e)
print([*'ab', *range(2), *{'k': 1}], (*[1], 2), {*[1, 1], 2}, {**{'a': 1}, 'b': 2, **{'a': 3}})
for x, *ys in [(1, 2, 3), (4,)]:
    print(x, ys)
def f(*args, **kw):
    return args, kw
print(f(*[1, 2], *(3,), **{'a': 1}, **{'b': 2}))
try:
    f(**{'a': 1}, **{'a': 2})
except TypeError as e:
    print('TypeError', e)

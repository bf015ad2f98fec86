a, b = 1, 2
a, b = b, a
print(a, b)
(x, y), z = (1, 2), 3
print(x, y, z)
[p, q] = 'ab'
print(p, q)
for i, (k, v) in enumerate([('a', 1), ('b', 2)]):
    print(i, k, v)
try:
    a, b = 1, 2, 3
except ValueError as e:
    print('ValueError', e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print('ValueError', e)
try:
    a, b = 5
except TypeError as e:
    print('TypeError', e)

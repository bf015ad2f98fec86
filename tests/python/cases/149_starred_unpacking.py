a, *b, c = [1, 2, 3, 4, 5]
print(a, b, c)
first, *rest = 'hello'
print(first, rest)
*init, last = range(4)
print(init, last)
a, *b, c = 1, 2
print(a, b, c)
(a, *b), c = [1, 2, 3], 4
print(a, b, c)
print(*[1, 2], *'ab', sep='-')
print([*range(3), *(7, 8)], (*'xy',), {*[1, 1, 2]})
try:
    a, *b, c = [1]
except ValueError as e:
    print('ValueError', e)

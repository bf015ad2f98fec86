print(list(zip([1, 2, 3], 'ab')), list(zip('abc', range(10), [True])))
print(list(zip([1, 2], 'xy', strict=True)))
try:
    list(zip([1, 2, 3], 'ab', strict=True))
except ValueError as e:
    print('ValueError', e)
try:
    list(zip([1], 'ab', strict=True))
except ValueError as e:
    print('ValueError', e)
try:
    list(zip('a', 'a', 'ab', strict=True))
except ValueError as e:
    print('ValueError', e)
try:
    list(zip('ab', 'ab', 'a', strict=True))
except ValueError as e:
    print('ValueError', e)
z = zip([1, 2, 3], 'abc', strict=True)
print(next(z), list(z))
got = []
try:
    for pair in zip(range(5), 'abc', strict=True):
        got.append(pair)
except ValueError as e:
    print(got, e)
print(list(zip(strict=True)), list(zip([], strict=True)))
rows = [(1, 2, 3), (4, 5, 6)]
print(list(zip(*rows)), list(zip(*zip(*rows))))
from itertools import zip_longest
print(list(zip_longest('ab', [1], fillvalue='-')))
try:
    zip([1], foo=True)
except TypeError as e:
    print('TypeError', e)

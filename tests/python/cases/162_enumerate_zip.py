for i, c in enumerate('abc', start=1):
    print(i, c)
print(list(enumerate(['x', 'y'], 10)))
print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip([1, 2])))
print(list(zip(*[(1, 'a'), (2, 'b')])))
print(dict(zip(['k1', 'k2'], [1, 2])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print('ValueError', e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print('ValueError', e)
print(list(zip([1, 2], [3, 4], strict=True)))

try:
    [1, 'a', 2].sort()
except TypeError as e:
    print('TypeError', e)
try:
    sorted([None, 1])
except TypeError as e:
    print('TypeError', e)
print(sorted([[2, 1], [1, 5], [1, 2, 3], []]))
print(sorted([(1, 'b'), (1, 'a'), (0, 'z')]))

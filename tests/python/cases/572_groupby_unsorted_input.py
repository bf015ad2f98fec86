from itertools import groupby
data = [1, 1, 2, 2, 2, 1, 3, 3, 1, 1]
print([(k, len(list(g))) for k, g in groupby(data)])
print([(k, list(g)) for k, g in groupby(data, key=lambda v: v % 2)])
groups = groupby('aabbbac')
stored = [(k, g) for k, g in groups]
print([(k, list(g)) for k, g in stored])
it = groupby('xxyyzz')
k1, g1 = next(it)
print(k1, next(g1))
k2, g2 = next(it)
print(k2, list(g1), list(g2))
records = [('fruit', 'apple'), ('veg', 'kale'), ('fruit', 'fig'), ('fruit', 'kiwi'), ('veg', 'leek')]
for kind, grp in groupby(records, key=lambda r: r[0]):
    print(kind, [name for _, name in grp])
for kind, grp in groupby(sorted(records), key=lambda r: r[0]):
    print(kind, [name for _, name in grp])
print([k for k, _ in groupby('mississippi')], ''.join(k for k, _ in groupby('aaabccc')))
print([(k, sum(1 for _ in g)) for k, g in groupby([], key=len)])
print([(k, list(g)) for k, g in groupby([0.0, 0, False, 1, True, 1.0])])
print(''.join(f'{len(list(g))}{k}' for k, g in groupby('WWWWBBBWWBBBB')))

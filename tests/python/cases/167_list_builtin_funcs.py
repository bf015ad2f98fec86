a = [3, 1, 2]
print(len(a), sum(a), sorted(a), a, list(map(str, a)), list(filter(None, [0, 1, 2, '', 'x'])))
print(list(range(3)) + list('ab'), [list(p) for p in [(1, 2), 'xy']])
print(list(), list({}), list({'k': 1}), list({'a': 1}.items()))

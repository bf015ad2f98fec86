d = {1: 'int', 'a': 'str', (1, 2): 'tuple', None: 'none', True: 'bool?', 2.5: 'float', frozenset([1]): 'fs'}
print(d)
print(d[1], d[(1, 2)], d[None], d[frozenset({1})])
print(list(d.keys())[:3])

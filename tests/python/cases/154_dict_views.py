d = {'a': 1, 'b': 2, 'c': 3}
k = d.keys()
v = d.values()
it = d.items()
print(k, v, it)
d['d'] = 4
print(list(k), list(v), list(it))
print('a' in k, 2 in v, ('b', 2) in it, ('b', 3) in it)
print(len(k), sorted(v, reverse=True))
print(d.keys() & {'a', 'z'} == {'a'}, sorted(d.keys() - {'a'}))

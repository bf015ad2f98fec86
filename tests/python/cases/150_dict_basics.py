d = {'a': 1, 'b': 2}
d['c'] = 3
d['a'] = 10
print(d, len(d), d['b'])
print('a' in d, 'z' in d, 1 in d)
del d['b']
print(d)
print(dict(x=1, y=2), dict([('k', 'v')]), dict({'m': 1}, n=2), dict())
print(dict(zip('abc', range(3))))

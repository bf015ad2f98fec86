a = {1: 'a', 2: 'b', 3: 'c'}
b = {2: 'x', 3: 'c', 4: 'd'}
print(a.keys() & b.keys(), a.keys() | b.keys(), a.keys() - b.keys(), a.keys() ^ b.keys())
print(type(a.keys() & b.keys()).__name__)
print(a.keys() & [1, 9], a.keys() | range(5, 7), a.keys() - {1})
print([1, 2] & a.keys() if False else {5, 1} - a.keys())
print(sorted(a.items() & b.items()), sorted(a.items() - b.items()))
print(a.keys() == {1, 2, 3}, a.keys() == [1, 2, 3], a.keys() <= {1, 2, 3, 4}, a.keys() < {1, 2, 3})
print(a.keys().isdisjoint({7, 8}), a.keys().isdisjoint([3]))
print((2, 'b') in a.items(), (2, 'x') in a.items(), 'b' in a.values())
try:
    a.values() & b.values()
except TypeError as e:
    print('TypeError', e)
print(a.values() == a.values(), list(a.values()))
k = a.keys()
a[10] = 'j'
del a[1]
print(list(k), len(k), 10 in k)
print(list(reversed(a.keys())), list(reversed(a.items()))[0])

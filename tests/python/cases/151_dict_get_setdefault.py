d = {'a': 1}
print(d.get('a'), d.get('b'), d.get('b', 0))
print(d.setdefault('a', 5), d.setdefault('b', []), d)
d.setdefault('b', []).append(1)
d.setdefault('c', []).append(2)
print(d)

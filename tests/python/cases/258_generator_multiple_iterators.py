def letters():
    yield from 'abc'
g = letters()
print(list(zip(g, g)))
g2 = letters()
print(iter(g2) is g2, list(g2), list(g2))
r = range(3)
print(list(zip(r, r)))

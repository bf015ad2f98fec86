xs = [1, 2, 3]
g = (x * 10 for x in xs)
xs = [7, 8]
print(list(g))
ys = [1, 2]
zs = [100, 200]
g = (y + z for y in ys for z in zs)
zs = [5]
print(list(g))
def noisy(name, values):
    print('evaluating', name)
    return values
g = (a + b for a in noisy('outer', [1, 2]) for b in noisy('inner', [10, 20]))
print('generator created')
print(next(g))
print(list(g))
try:
    g = (v for v in 42)
except TypeError as e:
    print('TypeError at creation:', e)
g = (w for w in [1] for w2 in 42)
print('created lazily')
try:
    next(g)
except TypeError as e:
    print('TypeError at next:', e)
k = 3
g = (i * k for i in range(3))
k = 100
print(list(g))
lst = [1, 2, 3]
g = (i for i in lst)
lst.append(4)
print(list(g))

from collections import deque
d = deque('abcdefg')
print(d.index('c'), d.index('e', 3), d.index('b', -6, -4))
try:
    d.index('a', 1)
except ValueError as e:
    print('ValueError', e)
d.insert(2, 'X')
d.insert(-1, 'Y')
d.insert(100, 'END')
d.insert(-100, 'START')
print(d)
d.extendleft('123')
print(d, d[3], d[-1])
del d[0]
d[0] = 'two'
print(d, d.count('two'), 'Y' in d)
e = deque()
e.rotate(5)
print(e, len(e))
f = deque(range(5))
f.rotate(-7)
print(f, f.copy() == f, f.copy() is f)
try:
    f[1:3]
except TypeError as e:
    print('TypeError', e)
try:
    f.maxlen = 3
except AttributeError as e:
    print('AttributeError', e)
g = deque([1, 2, 3], maxlen=5)
g += [4, 5, 6]
print(g, g * 0, deque([1]) < deque([1, 0]), list(reversed(g)))
g.clear()
try:
    g.popleft()
except IndexError as e:
    print('IndexError', e)
try:
    g.remove(1)
except ValueError as e:
    print('ValueError', e)

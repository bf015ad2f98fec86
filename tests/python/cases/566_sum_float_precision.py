import math
vals = [0.1] * 10
print(sum(vals), math.fsum(vals), sum(vals) == 1.0)
print(sum([1e100, 1.0, -1e100]), math.fsum([1e100, 1.0, -1e100]))
print(sum([0.1, 0.2, 0.3]), sum([0.3, 0.2, 0.1]), 0.1 + 0.2 + 0.3)
print(sum(range(101)), sum([1, 2.5]), sum([], 0.0), sum([1, 2], 0.5))
print(sum([[1], [2, 3]], []), sum(((1,), (2,)), ()))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print('TypeError', e)
try:
    sum([b'a'], b'')
except TypeError as e:
    print('TypeError', e)
try:
    sum(['a', 'b'])
except TypeError as e:
    print('TypeError', e)
print(sum([True, True, False]), sum([2 ** 64, 2 ** 64]), sum([1e308, 1e308]), sum([1, 1e308, 1e308]))
print(sum([float('inf'), 1]), sum([float('inf'), float('-inf')]))
print(sum(x / 3 for x in range(10)), math.fsum(x / 3 for x in range(10)))
print(sum([0.5] * 7, start=10), sum(start=5, iterable=[]) if False else sum([], start=5))
acc = 0.0
for _ in range(1000):
    acc += 0.001
print(acc, sum([0.001] * 1000), math.fsum([0.001] * 1000))

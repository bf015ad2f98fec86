import math
print(math.hypot(3, 4), math.hypot(5, 12), math.hypot(), math.hypot(-3), math.hypot(1, 2, 2), math.hypot(3.0, 4.0, 12.0))
print(math.dist((0, 0), (3, 4)), math.dist([1, 1, 1], [2, 2, 2]) == math.sqrt(3), math.dist((1,), (-4,)))
print(math.hypot(float('inf'), float('nan')), math.hypot(float('nan'), 1), math.hypot(1e200, 1e200))
print(math.hypot(1e-200, 1e-200), math.hypot(0, 0))
try:
    math.dist((1, 2), (1, 2, 3))
except ValueError as e:
    print('ValueError', e)
try:
    math.dist(1, 2)
except TypeError as e:
    print('TypeError', e)
pts = [(0, 0), (3, 4), (6, 0)]
print(sum(math.dist(a, b) for a, b in zip(pts, pts[1:])))

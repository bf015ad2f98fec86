nan = float('nan')
print(nan > 0, nan < 0, nan == 0, nan != 0)
print(max(1, nan), max(nan, 1), min(nan, 2))
print(sorted([3.0, 1.0, 2.0]))
print(nan is nan, [nan].count(nan), [nan].index(nan))
import math
print(math.isnan(nan + 1), nan * 0)

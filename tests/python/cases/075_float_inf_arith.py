inf = float('inf')
print(inf + inf, inf - 1e308, -inf - inf, inf * -1)
print(1 / inf, -1 / inf, inf // 1, inf % 2 if False else 'skip')
import math
print(math.isinf(inf * 0.5), math.isnan(inf * 0))
print(int(1e308) > 0, float('inf') > 10 ** 1000)

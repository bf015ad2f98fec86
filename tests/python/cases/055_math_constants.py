import math
print(math.pi, math.e, math.tau)
print(math.inf, -math.inf, math.nan)
print(round(math.pi, 4), f'{math.e:.5f}')
print(math.isinf(math.inf), math.isnan(math.nan), math.isfinite(1.0), math.isfinite(math.inf))

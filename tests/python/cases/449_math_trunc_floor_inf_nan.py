import math
for x in [2.7, -2.7, 2.5, -2.5, 0.0, -0.0, 1e20, -1e-20, 5]:
    print(repr(x), math.trunc(x), math.floor(x), math.ceil(x), int(x), round(x))
print(type(math.floor(2.5)).__name__, math.floor(1e300) == int(1e300), math.ceil(-0.5))
inf, nan = math.inf, math.nan
print(math.isinf(inf), math.isinf(-inf), math.isnan(nan), math.isfinite(1e308), math.isfinite(inf), math.isfinite(nan))
print(inf > 1e308, -inf < -1e308, nan == nan, nan != nan, inf == inf, inf - inf, inf * 0, inf / inf)
for f in [math.floor, math.ceil, math.trunc]:
    for v in [inf, nan]:
        try:
            f(v)
        except (OverflowError, ValueError) as e:
            print(f.__name__, type(e).__name__, e)
print(math.copysign(1, -0.0), math.fmod(-7, 3), -7 % 3, math.fmod(7, -3), math.remainder(7, 3), math.remainder(5, 2), math.remainder(7, 2))
print(float('inf') == math.inf, float('-Infinity'), float('nan') is not math.nan, math.isnan(float('NaN')))
print(max(1, nan), max(nan, 1), min(nan, 1), sorted([3, 1, 2]))

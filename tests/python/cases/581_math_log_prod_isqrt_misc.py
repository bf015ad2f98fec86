import math
print(math.log(8, 2), math.log(100, 10), math.log(1), math.log(math.e), math.log(2 ** 1000, 2))
print(math.log(10 ** 400), math.log10(10 ** 50), math.log2(2 ** 200), math.log2(1024.0))
for bad in [0, -1, 0.0]:
    try:
        math.log(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    math.log(10, 1)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 4]), math.prod(range(1, 6), start=10), math.prod([[1]], start=1) if False else math.prod(['ab'], start=3))
print(math.isqrt(99), math.isqrt(10 ** 40), math.isqrt(2 ** 127), math.isqrt(0), math.isqrt(True))
try:
    math.isqrt(-4)
except ValueError as e:
    print('ValueError', e)
print(math.comb(52, 5), math.comb(5, 7), math.comb(100, 50), math.perm(5), math.perm(5, 2))
print(math.fsum([0.1] * 10), math.fsum([1e16, 1.0, -1e16]), math.fsum([]))
print(math.dist([0, 0], [3, 4]), math.dist((1, 2, 3), (4, 6, 3)), math.hypot(5, 12), math.hypot())
try:
    math.dist([0], [1, 2])
except ValueError as e:
    print('ValueError', e)
print(math.gcd(12, 18, 27), math.gcd(), math.lcm(4, 6, 10), math.lcm(), math.lcm(0, 5))
print(math.factorial(20), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), type(math.floor(2.0)).__name__)
print(math.copysign(3, -0.0), math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan), math.ulp(1.0) == 2 ** -52)

import math
print(math.isqrt(99), math.isqrt(100), math.isqrt(10 ** 40))
print(math.comb(10, 3), math.comb(52, 5), math.perm(5, 2))
print(math.factorial(20), math.factorial(0))
print(math.comb(100, 50))

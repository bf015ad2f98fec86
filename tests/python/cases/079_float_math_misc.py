import math
print(math.factorial(10), math.floor(-0.5), math.ceil(-0.5))
print(math.gcd(0, -7), math.remainder(10, 3), math.remainder(11, 3))
print(math.isqrt(17), math.sqrt(17) ** 2)
print(round(math.exp(2), 9), round(math.e ** 2, 9))

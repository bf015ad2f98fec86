import math
print(math.gcd(12, 18), math.gcd(0, 0), math.gcd(-12, 18), math.gcd(7), math.gcd(), math.gcd(12, 18, 30), math.gcd(2 ** 100, 6 ** 40))
print(math.lcm(4, 6), math.lcm(0, 5), math.lcm(-4, 6), math.lcm(), math.lcm(2, 3, 4, 5))
print([math.isqrt(n) for n in [0, 1, 3, 4, 15, 16, 17, 99, 100]], math.isqrt(10 ** 40), math.isqrt(2 ** 127))
print([math.factorial(n) for n in range(8)], math.factorial(30), len(str(math.factorial(200))))
for bad in [(math.isqrt, -1), (math.factorial, -3), (math.factorial, 2.0), (math.gcd, 1.5)]:
    try:
        print(bad[0](bad[1]))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(math.isqrt(True), math.gcd(True, 4), math.factorial(True))

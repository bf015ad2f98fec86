import math
print([math.comb(5, k) for k in range(7)], math.comb(50, 25), math.comb(0, 0), math.comb(3, 5))
print([math.perm(5, k) for k in range(7)], math.perm(5), math.perm(0), math.perm(20, 10))
print(math.comb(100, 50) == math.factorial(100) // (math.factorial(50) ** 2))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([], start=5), math.prod(range(1, 21)), math.prod([1.5, 2]), math.prod([2, 3], start=10))
print(math.prod([2] * 100) == 2 ** 100, math.prod(['a'], start=3))
for args in [(-1, 2), (5, -1), (5.0, 2)]:
    try:
        print(math.comb(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    math.perm(3, -1)
except ValueError as e:
    print('ValueError', e)

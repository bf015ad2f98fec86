cases = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (0.0, 3), (-0.0, 3), (1.0, 0.1), (-1e-20, 5), (5, -0.3)]
for a, b in cases:
    q, r = divmod(a, b)
    print(a, b, (q, r), a // b, a % b, q * b + r)
print(divmod(-7, 2), divmod(7, -2), divmod(-7, -2), divmod(-2 ** 70, 3))
print(-7.0 % float('inf'), 7.0 % float('-inf'), 7.0 % float('inf'), -0.0 % 5, 0.0 % -5)
print(divmod(7, 2.0), divmod(True, 2), type(divmod(7, 2.0)[0]).__name__)
for a, b in [(1, 0), (1.0, 0.0), (0, 0.0)]:
    try:
        divmod(a, b)
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)
import math
print(math.fmod(-7.5, 2), math.fmod(7.5, -2), math.remainder(7.5, 2), math.remainder(-7.5, 2))
print(divmod(float('inf'), 1.0) if False else 'skip inf', divmod(1e308, 1e-308)[1])

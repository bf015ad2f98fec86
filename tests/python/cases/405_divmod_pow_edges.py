for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (6, -3)]:
    print(a, b, divmod(a, b), a // b, a % b)
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (1.0, 0.1), (-0.0, 1.0), (0.0, -1.0)]:
    print(a, b, divmod(a, b))
print(divmod(10 ** 30, 7), divmod(-10 ** 30, 7), divmod(10 ** 30, -10 ** 15 - 3))
print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(0, 0), pow(0.0, 0))
print(pow(3, 4, 5), pow(3, -1, 7), pow(-3, 3, 7), pow(2, 100, 10 ** 9 + 7), pow(38, -1, 97))
print(pow(5, 0, 1), pow(7, 3, -5), 2 ** -2, (-2) ** -2, 0 ** 0)
for bad in [(0, -1), (2, -1, 4), (2, 1.5, 3), (2, 2, 0)]:
    try:
        print(pow(*bad))
    except (ZeroDivisionError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)

print(pow(3, -1, 7), (3 * pow(3, -1, 7)) % 7)
print(pow(3, -2, 7), pow(10, -1, 17), pow(-3, -1, 7), pow(3, -1, -7))
print(pow(38, -1, 97), pow(2, -3, 11))
try:
    pow(2, -1, 4)
except ValueError as e:
    print('ValueError', e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print('ValueError', e)
print(pow(5, 0, 1), pow(0, 0, 7), pow(-2, 3, 5), pow(2, 100, -7), pow(2, 10 ** 20, 1000))
print(pow(12345678901234567890, 98765, 10 ** 9 + 7))
print(pow(2 ** 127 - 1, -1, 2 ** 61 - 1))
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print('TypeError', e)
try:
    pow(2, 0.5, 5)
except TypeError as e:
    print('TypeError', e)
print(pow(2, -2), pow(-2, -3), pow(4, 0.5), pow(0, 0), pow(0.0, 0))
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(pow(base=2, exp=5, mod=3), pow(True, True, 2))

print(2.0 ** 3, 4 ** 0.5, 2 ** -1.0, (-8.0) ** 2, 0.0 ** 0)
print(10.0 ** 308, 1.5 ** 100)
print(abs(-2.0) ** 0.5 == 2 ** 0.5)
try:
    10.0 ** 400
except OverflowError:
    print('OverflowError')
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)

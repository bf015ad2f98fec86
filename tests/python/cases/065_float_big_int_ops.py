print(2 ** 1000 / 2 ** 999, 10 ** 300 * 1.0)
print(float(10 ** 308), 10 ** 308 + 0.5)
try:
    float(10 ** 400)
except OverflowError as e:
    print('OverflowError', e)
try:
    10 ** 400 / 3
except OverflowError as e:
    print('OverflowError', e)
print(10 ** 400 // 10 ** 399, (10 ** 400) / (10 ** 399))

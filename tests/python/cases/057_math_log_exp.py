import math
print(math.log(1), math.exp(0), math.log(math.e))
print(math.log10(1000), math.log2(1024), math.log(8, 2))
print(round(math.exp(1), 12), round(math.log(10), 12))
print(math.log10(10 ** 50), math.log2(2 ** 100))
print(math.pow(2, 10), math.pow(2, 0.5))
try:
    math.log(0)
except ValueError as e:
    print('ValueError', e)
try:
    math.exp(1000)
except OverflowError as e:
    print('OverflowError', e)

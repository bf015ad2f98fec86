import math
print(math.sqrt(16), math.sqrt(2), math.sqrt(0.25))
print(math.floor(3.7), math.floor(-3.2), math.ceil(3.2), math.ceil(-3.7))
print(type(math.floor(3.7)).__name__, math.floor(5), math.ceil(2 ** 70))
print(math.trunc(-3.7), math.trunc(3.7))
try:
    math.sqrt(-1)
except ValueError as e:
    print('ValueError', e)

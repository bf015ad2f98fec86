import math
def grow(x):
    return math.exp(x)
print(grow(1.0) > 2)
print(grow(10000))

import math
s = 0.0
for k in range(1, 1001):
    s += 1 / (k * k)
print(round(s, 6), round(math.pi ** 2 / 6, 6))
p = 1.0
for k in range(1, 20):
    p *= 1 + 1 / k
print(round(p, 9))

a = 2 ** 100 + 2 ** 50 + 1
b = 2 ** 100 - 1
print(a & b)
print(a | b)
print(a ^ b)
print(~a)
print(a >> 50, a >> 99, a << 30)
print(-a & b)
print(-a | 0xffff, -a ^ b)
print((-(2 ** 80)) >> 3, (-(2 ** 80) - 1) >> 79)

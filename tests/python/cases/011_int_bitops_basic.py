a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a)
print(1 << 10, 1024 >> 3, 5 >> 1, 5 << 0)
print(bin(a & b), bin(a | b), bin(a ^ b))
print(~0, ~-1, ~5, ~-6)

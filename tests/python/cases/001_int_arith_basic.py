a = 17
b = 5
print(a + b, a - b, a * b)
print(a / b, a // b, a % b)
print(-a, +a, abs(-a))
print(a - b * 2, (a - b) * 2)
print(2 + 3 * 4 ** 2)
print(7 // 1, 0 * 100, 0 - 0)

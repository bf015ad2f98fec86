n = 10 ** 50
d = 7
print(n // d)
print(n % d)
print(-n // d, -n % d)
print(n // -d, n % -d)
print(n / 10 ** 40)
print((2 ** 200) // (2 ** 100 + 1))
print(12345678901234567890 // 12345)

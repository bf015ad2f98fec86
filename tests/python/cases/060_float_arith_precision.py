print(0.1 * 3, 0.3 / 0.1, 1 - 0.9)
print(1e16 + 1, 1e16 + 2, 2 ** 53 + 1.0)
print(0.1 + 0.2 - 0.3)
print(100 * 1.1, 3 * 1.1)
print(1.0 / 49 * 49)
total = 0.0
for i in range(10):
    total += 0.1
print(total, total == 1.0)

print(3 + 4.0, 3 * 2.5, 7 - True, 2 ** 0.5)
print(5 // 2.0, 5 % 2.5, -5 // 2.0)
print(type(3 + 4.0).__name__, type(True + True).__name__)
print(10 / 4, 10 // 4.0, 3 - 0.5, 1e3 * 2)

def f(x):
    return 3 * x ** 2 - 2 * x + 1
for x in [0, 0.5, -1.5, 2.25]:
    print(x, f(x))
a, b, c = 1.0, -3.0, 2.0
d = b * b - 4 * a * c
print((-b + d ** 0.5) / (2 * a), (-b - d ** 0.5) / (2 * a))

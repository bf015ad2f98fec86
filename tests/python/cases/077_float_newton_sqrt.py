def sqrt(n):
    x = n
    for _ in range(30):
        x = (x + n / x) / 2
    return x
for n in [2, 9, 10, 1e6, 0.01]:
    print(n, sqrt(n), round(sqrt(n), 8))

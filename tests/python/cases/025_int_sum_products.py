print(sum(range(101)), sum(range(1, 1001)))
p = 1
for i in range(1, 21):
    p *= 2 ** i + 1
print(p)
print(sum(i * i for i in range(1000)))
print(max(3, 9, -2), min(3, 9, -2), abs(-2 ** 80))

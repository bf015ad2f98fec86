data = [1, 5, 12, 7, 20]
if (n := len(data)) > 3:
    print('long list', n)
print([y for x in data if (y := x * 2) > 10])
print(y)
chunks = iter(['ab', 'cd', ''])
while (c := next(chunks)):
    print('chunk', c)
vals = [total := 0] + [total := total + v for v in range(1, 5)]
print(vals, total)
print((z := 5) + z)

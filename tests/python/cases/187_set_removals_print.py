s = set(range(20))
for i in range(0, 20, 3):
    s.discard(i)
print(s)
s.add(100)
s.add(33)
print(s)
print({-3, -2, -1, 0, 1})
print({2 ** 40, 1, 2 ** 33})

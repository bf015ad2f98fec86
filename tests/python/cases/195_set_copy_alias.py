a = {1, 2}
b = a
c = a.copy()
a.add(3)
print(a, b, c)
print(set(a) is a, a.copy() == a)

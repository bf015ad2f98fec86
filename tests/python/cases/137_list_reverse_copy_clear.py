a = [1, 2, 3]
b = a
c = a.copy()
a.reverse()
print(a, b, c)
d = a[:]
a.clear()
print(a, b, c, d)
e = list(d)
e.append(0)
print(d, e)

a = [1, 2]
a.extend(a)
print(a)
a[len(a):] = a
print(a, len(a))
b = [0]
b *= 3
print(b)
b[1:2] = b
print(b)

a = list(range(10))
print(a[2:5], a[:3], a[-3:], a[::2], a[::-1], a[7:2:-2])
print(a[100:], a[-100:2], a[5:5], a[::-3])
b = a[:]
print(b == a, b is a)
print(a[1:-1:3], a[-1::-4])

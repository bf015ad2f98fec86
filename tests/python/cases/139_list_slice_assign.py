a = list(range(8))
a[2:4] = ['a', 'b', 'c']
print(a)
a[1:1] = [99]
print(a)
a[:3] = []
print(a)
a[-2:] = 'xy'
print(a)
a[::2] = [0] * len(a[::2])
print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print('ValueError', e)
a[:] = [7]
print(a)

a = list(range(10))
del a[2]
print(a)
del a[1:3]
print(a)
del a[::2]
print(a)
del a[-1]
print(a)
del a[:]
print(a)
b = [1, 2, 3]
try:
    del b[5]
except IndexError as e:
    print('IndexError', e)

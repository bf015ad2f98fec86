import array
a = array.array('i', [1, 2, 3])
a.append(4)
a.extend([5, 6])
print(a, a[0], a[-1], len(a), a.tolist(), a.typecode)
print(a[1:3], sum(a), a.index(4), a.count(2))
a.reverse()
print(a)
d = array.array('d', [1.5, 2.5])
print(d, d[0] + d[1])
try:
    a.append(1.5)
except TypeError as e:
    print('TypeError', e)

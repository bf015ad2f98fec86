t = (1, 2, 3)
print(t, t[0], t[-1], t[1:], len(t), t * 2, t + (4,))
print((), (1,), (1), tuple(), tuple([1, 2]), tuple('ab'))
print(t.count(2), t.index(3), 2 in t)
x = 1, 2
print(x, type(x).__name__)
try:
    t[0] = 9
except TypeError as e:
    print('TypeError', e)
nested = (1, [2, 3])
nested[1].append(4)
print(nested)

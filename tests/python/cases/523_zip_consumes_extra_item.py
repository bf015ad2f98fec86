a = iter([1, 2, 3, 4, 5])
b = ['x', 'y']
print(list(zip(a, b)))
print(list(a))
a = iter([1, 2, 3, 4, 5])
print(list(zip(b, a)))
print(list(a))
it = iter(range(10))
print(list(zip(it, it)))
it = iter(range(7))
print(list(zip(*[it] * 3)))
def counted(n, tag):
    for i in range(n):
        print('  produce', tag, i)
        yield i
print(list(zip(counted(3, 'A'), counted(1, 'B'))))
e = enumerate('abc', start=5)
print(next(e), list(e))
m = map(lambda x, y: x * y, [1, 2, 3], iter([4, 5]))
print(list(m))
print(list(zip()), list(zip('ab')))

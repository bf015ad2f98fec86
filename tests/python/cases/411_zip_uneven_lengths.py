print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip([1, 2])), list(zip('abc', range(10), (True, False, None))))
pulled = []
def src(name, n):
    for i in range(n):
        pulled.append((name, i))
        yield i
print(list(zip(src('a', 3), src('b', 2))))
print(pulled)
it = iter(range(10))
print(list(zip(it, it)), list(zip(*[iter('abcdefg')] * 3)))
pairs = [(1, 'x'), (2, 'y'), (3, 'z')]
nums, lets = zip(*pairs)
print(nums, lets)
print(list(zip(*[])), dict(zip('abc', range(3))))
z = zip([1], [2])
print(next(z), next(z, 'end'), list(z))
try:
    zip([1], 2)
except TypeError as e:
    print('TypeError', e)

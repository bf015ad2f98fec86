print(list(enumerate('abc', 1)), list(enumerate('abc', start=-2)), list(enumerate([], 5)))
print(list(enumerate('xy', 10 ** 20)))
e = enumerate(['a', 'b', 'c'], 100)
print(next(e), list(e), list(e))
for lineno, line in enumerate(['first', 'second'], start=1):
    print(f'{lineno:3}: {line}')
print(dict(enumerate('hi')), [i for i, _ in enumerate(range(0, 30, 10), True)])
try:
    enumerate('a', 1.5)
except TypeError as e:
    print('TypeError', e)
try:
    enumerate(5)
except TypeError as e:
    print('TypeError', e)
print(list(enumerate(enumerate('ab', 1))))

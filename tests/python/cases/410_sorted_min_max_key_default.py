words = ['pear', 'Fig', 'apple', 'kiwi', 'banana', 'date']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
print(min(words), max(words), min(words, key=len), max(words, key=len), min(words, key=lambda w: w[-1]))
print(min([], default='none'), max([], default=0), min([3], default=9), max((), key=len, default='k'))
print(min(3, 1, 2), max(3, 1, 2), min('b', 'a', 'c', key=ord), max([1, 2], [1, 3], [0, 9]))
print(max([(1, 'a'), (1, 'b'), (0, 'z')]), min({'x': 3, 'y': 1}, key={'x': 3, 'y': 1}.get))
print(max([2, 5, 5, 1], key=lambda x: x % 5), min([4, 6, 8], key=lambda x: x % 2))
try:
    min([])
except ValueError as e:
    print('ValueError', e)
try:
    max()
except TypeError as e:
    print('TypeError', e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print('TypeError', e)
try:
    min(5)
except TypeError as e:
    print('TypeError', e)
print(sorted('hello'), sorted((3, 1, 2)), sorted({3: 'a', 1: 'b'}), sorted([], reverse=True))

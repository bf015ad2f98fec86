words = ['pear', 'fig', 'banana', 'kiwi']
print(min(words), max(words), min(words, key=len), max(words, key=len))
print(max([1, -5, 3], key=abs), min([], default=None), max([], key=len, default='none'))
print(max(3, 7, key=lambda v: -v), min((2, 'b'), (2, 'a')))
try:
    max([])
except ValueError as e:
    print('ValueError', e)
try:
    min(5)
except TypeError as e:
    print('TypeError', e)

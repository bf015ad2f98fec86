s = 'a,b,,c,'
print(s.split(','), s.split(',', 1), s.split(',', maxsplit=2))
print('  hello   world  '.split(), ' x '.split(' '), ''.split(), ''.split(','))
print('a b c d'.rsplit(' ', 1), 'a b c d'.rsplit(maxsplit=2), 'a,b,c'.rsplit(','))
print('one\ttwo\nthree  four'.split(), 'aXbXc'.split('X', 0))
print('abcabc'.split('bc'), '1<>2<>3'.split('<>'))
try:
    'abc'.split('')
except ValueError as e:
    print('ValueError', e)

s = 'hello world, hello'
print(s.find('hello'), s.find('hello', 1), s.rfind('hello'), s.find('xyz'))
print(s.find('o', 5, 10), s.rfind('o', 0, 5), s.find(''), s.rfind(''))
print(s.index('world'), s.rindex('l'), s.count('l'), s.count('hello'), s.count(''))
try:
    s.index('xyz')
except ValueError as e:
    print('ValueError', e)
try:
    s.rindex('q')
except ValueError as e:
    print('ValueError', e)
print('aaaa'.count('aa'), 'abc'.count('c', 0, 2))

s = 'one two one two one'
print(s.rfind('one'), s.rfind('one', 0, 18), s.rfind('one', 0, 19), s.rfind('two', 5))
print(s.rfind('one', -5), s.rfind('one', -6, -2), s.rfind(''), s.rfind('', 3, 7), s.rfind('', 30))
print(s.rindex('two'), s.rindex('o', 0, 5), s.rindex('e', None, 10))
print(s.find('two', -9), s.find('', 19), s.find('', 20))
for args in [('xyz',), ('one', 1, 3), ('one', 18)]:
    try:
        print(s.rindex(*args))
    except ValueError as e:
        print('ValueError', e)
try:
    s.index('one', 1, 3)
except ValueError as e:
    print('ValueError', e)
print('abc'.rfind('c', 2, 2), 'abc'.rfind('c', 2, 3), 'abc'.rfind('abcd'))

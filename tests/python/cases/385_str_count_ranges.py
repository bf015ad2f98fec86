s = 'abababab'
print(s.count('ab'), s.count('aba'), s.count('b', 3), s.count('b', 3, 6))
print(s.count('ab', -4), s.count('ab', -4, -1), s.count('ab', 100), s.count('', 2, 5))
print(s.count(''), ''.count(''), ''.count('a'), s.count('', 10), s.count('', 8))
print(s.count('ab', None, None), s.count('a', None, 3))
print('mississippi'.count('ss'), 'mississippi'.count('i', 1, -1), 'aaaaa'.count('aa', 1))
print('ÀÀÀ'.count('À'), 'x\ny\n'.count('\n'))
try:
    s.count(1)
except TypeError as e:
    print('TypeError', e)

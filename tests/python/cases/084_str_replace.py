s = 'one two one two one'
print(s.replace('one', '1'), s.replace('one', '1', 2), s.replace('x', 'y'))
print('aaaa'.replace('aa', 'b'), 'abc'.replace('', '-'), 'abc'.replace('', '-', 2))
print('hello'.replace('l', ''), 'banana'.replace('ana', 'ANA'))

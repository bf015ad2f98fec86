for ch in 'abc':
    print(ch, ord(ch))
print(list('hey'), tuple('ab'), [c * 2 for c in 'xyz'])
for i, ch in enumerate('hi!'):
    print(i, ch, end='; ')
print()
print(list(reversed('abc')), ''.join(reversed('stressed')))

# center() puts the extra fill char on the left or right depending on parity
for s in ['a', 'ab', 'abc', 'abcd']:
    for w in range(len(s), len(s) + 4):
        print(repr(s), w, '[' + s.center(w, '.') + ']')
print('[' + ''.center(3, '*') + ']')
print('[' + 'x'.center(0) + ']', '[' + 'x'.center(-5, '#') + ']')
print('[' + 'é'.center(4, 'ü') + ']')
try:
    'x'.center(5, '--')
except TypeError as e:
    print('TypeError', e)
try:
    'x'.center(5, '')
except TypeError as e:
    print('TypeError', e)
try:
    'x'.center('5')
except TypeError as e:
    print('TypeError', e)

value = 3.14159265
for width, prec in [(10, 2), (8, 4), (0, 0)]:
    print('[{:{w}.{p}f}]'.format(value, w=width, p=prec))
    print(f'[{value:{width}.{prec}f}]')
for fill, align in [('*', '<'), ('-', '^'), ('0', '>')]:
    print(f'|{"ab":{fill}{align}8}|', '|{0:{1}{2}8}|'.format('cd', fill, align))
spec = '>+10.3e'
print(f'[{12345.678:{spec}}]', format(12345.678, spec))
print('{0:{1}}'.format(42, '08b'), '{:{}{}}'.format(7, '>', 4))
print('{:{}}|{:{}}'.format('x', 3, 'y', 2))
n = 5
print(f'{n:{n}}|{n:0{n}}|{"s":{"^"}{n}}|')
print(f'{[1, 2]!r:>{n * 3}}', f'{"q"!s:_^{n}}')
import string
print(string.Formatter().format('{0:{1}}', 'z', '>3'))
try:
    '{:{}}'.format(1)
except IndexError as e:
    print('IndexError', e)
try:
    '{:{:{}}}'.format(1, 2, 3)
except ValueError as e:
    print('ValueError', e)

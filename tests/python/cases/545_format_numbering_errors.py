print('{}-{}-{}'.format('a', 'b', 'c'), '{2}{1}{0}'.format('a', 'b', 'c'), '{0}{0}'.format('r'))
print('{{}} {{{}}} {{{0}}}'.format(5) if False else '{{}} {{{}}}'.format(5))
print('{} {x} {}'.format(1, 2, x='X'))
try:
    '{}{1}'.format(1, 2)
except ValueError as e:
    print('ValueError', e)
try:
    '{0}{}'.format(1, 2)
except ValueError as e:
    print('ValueError', e)
try:
    '{} {} {}'.format(1, 2)
except IndexError as e:
    print('IndexError', e)
try:
    '{'.format()
except ValueError as e:
    print('ValueError', e)
try:
    '}'.format()
except ValueError as e:
    print('ValueError', e)
try:
    '{0!x}'.format(1)
except ValueError as e:
    print('ValueError', e)
try:
    '{:d}'.format('s')
except ValueError as e:
    print('ValueError', e)
try:
    '{:s}'.format(5)
except ValueError as e:
    print('ValueError', e)
print('{0:}|{0!s:}|{0!r}'.format('v'), '{:}'.format(3.0), format(3.0, ''), format(10**20 * 1.0))
print('{:%}'.format(0.125), '{:.0%}'.format(0.555), '{:,d}'.format(-1234567), '{:_b}'.format(255))
print(''.format(1, 2, 3), '{1}'.format(*'abc'), '{k}'.format(**{'k': 'kw'}))

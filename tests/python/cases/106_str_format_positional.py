print('{} and {}'.format('a', 'b'))
print('{1} then {0} then {1}'.format('x', 'y'))
print('{0}{0}{0}'.format('ab'))
print('{:>6}|{:<6}|{:^6}|'.format('r', 'l', 'c'))
print('{0:.2f} {1:d} {2:x} {2:#o}'.format(3.14159, 42, 255))
try:
    '{} {}'.format('only')
except IndexError as e:
    print('IndexError', e)

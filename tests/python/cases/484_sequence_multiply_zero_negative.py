print(repr('ab' * 0), repr('ab' * -3), repr(-1 * 'ab'), repr('' * 100), 'ab' * True, repr('ab' * False))
print([1, 2] * 0, [1] * -5, (1,) * -1, b'xy' * 0, b'x' * 3, [None] * 3)
s = 'x'
s *= -2
print(repr(s))
l = [1, 2]
alias = l
l *= 0
print(l, alias, l is alias)
grid = [[0] * 2] * 2
grid[0][0] = 1
print(grid)
try:
    'a' * 2.0
except TypeError as e:
    print('TypeError', e)
try:
    [1] * '2'
except TypeError as e:
    print('TypeError', e)
try:
    'a' * 'b'
except TypeError as e:
    print('TypeError', e)
print(len('ab' * 1000), ('-' * 5).join('ab'), '=' * 3 + '>' * 0 + '<' * -1)
print(range(3) and list(range(3)) * 2, 3 * 'ab', -0 * 'x' == '')

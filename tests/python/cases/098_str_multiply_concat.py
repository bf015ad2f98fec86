print('ab' * 3, 3 * 'xy', repr('a' * 0), repr('a' * -2), '-' * 10)
s = 'x'
s += 'y'
s *= 2
print(s, 'a' + 'b' + 'c')
try:
    'a' + 1
except TypeError as e:
    print('TypeError', e)
try:
    'a' * 2.0
except TypeError as e:
    print('TypeError', e)
try:
    1 + 'a'
except TypeError as e:
    print('TypeError', e)

s = 'hello'
print(s[0], s[-1], s[4], s[-5])
try:
    s[5]
except IndexError as e:
    print('IndexError', e)
try:
    s[0] = 'H'
except TypeError as e:
    print('TypeError', e)
try:
    s['a']
except TypeError as e:
    print('TypeError', e)

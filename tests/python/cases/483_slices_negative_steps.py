s = list(range(10))
print(s[::-1], s[::-2], s[-1:-4:-1], s[8:2:-2], s[2:8:-1], s[-3::-3])
print(s[5::-1], s[:5:-1], s[-100::-1][:3], s[100::-1][:3], s[:-100:-1][:2])
print('abcdef'[::-1], 'abcdef'[4:1:-1], 'abcdef'[-2::-2], (1, 2, 3)[::-1], range(10)[::-3], range(10)[7:2:-2])
sl = slice(None, None, -2)
print(s[sl], sl.indices(10), slice(8, 2, -3).indices(10), slice(-100, 100, -1).indices(5))
t = list(range(10))
t[::-2] = ['a'] * 5
print(t)
t = list(range(6))
del t[::-2]
print(t)
try:
    s[::0]
except ValueError as e:
    print('ValueError', e)
try:
    u = list(range(5))
    u[::-1] = [1, 2]
except ValueError as e:
    print('ValueError', e)
print(s[-1:-1:-1], s[0:0:-1], s[1:0:-1], list(reversed(s))[::-1] == s)

s = 'abcdefghij'
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[-5:-2])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2], s[-1:-4:-1])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:100])
print(s[::3], s[1:9:3], s[9:0:-3], repr(s[0:0]))
print(s[slice(1, 4)], s[slice(None, None, -3)])

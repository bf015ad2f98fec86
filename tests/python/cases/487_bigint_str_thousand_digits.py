n = 3 ** 2200
s = str(n)
print(len(s), s[:40], s[-40:])
print(int(s) == n, sum(int(c) for c in s), s.count('7'))
m = -(7 ** 1300)
t = str(m)
print(len(t), t[:30], t[-30:])
f = 1
for i in range(1, 451):
    f *= i
fs = str(f)
print(len(fs), fs[:25], len(fs) - len(fs.rstrip('0')))
print(repr(10 ** 1000)[:5], len(repr(10 ** 1000)), str(10 ** 999 - 1).count('9'))
print(f'{n:,}'[:20], len(f'{n:_}'), format(2 ** 3500, 'x')[:20], len(format(2 ** 3500, 'b')))
print(hash(n) == hash(int(s)), n % 1000003, int(s[::-1]) % 997)

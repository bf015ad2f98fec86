n = int('z' * 30, 36)
print(n, int('1' * 100, 2), int('7' * 50, 8))
print(int('-' + 'f' * 40, 16), int('  +123456789012345678901234567890  '), int('1_000_000_000_000_000_000_000'))
print(int('0x' + 'abc' * 10, 16), int('0b' + '10' * 40, 0), int('0o' + '7' * 30, 0))
print(hex(n), oct(2 ** 100), bin(3 ** 40))
for base in [2, 3, 7, 16, 36]:
    s = ''
    v = 10 ** 30
    digits = '0123456789abcdefghijklmnopqrstuvwxyz'
    while v:
        v, r = divmod(v, base)
        s = digits[r] + s
    print(base, s, int(s, base) == 10 ** 30)
try:
    int('12_', 10)
except ValueError as e:
    print('ValueError', e)
try:
    int('9' * 25, 8)
except ValueError as e:
    print('ValueError', e)
print(int('Z' * 5, 36), int('٣٤٥'), int(' ١٢ '))

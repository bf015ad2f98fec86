for n in [-1, -5, -255, -256, -(2 ** 70), 0, -0]:
    print(n, bin(n), oct(n), hex(n))
print(format(-5, 'b'), format(-5, '#b'), format(-5, '08b'), format(-5, '#010b'))
print(format(-255, 'x'), format(-255, '#X'), format(-255, '+#x'), format(255, ' x'), format(-8, '#o'))
print(int(bin(-5), 0), int(hex(-255), 16), int(oct(-8), 8), int('-0b101', 2), int('-0X1f', 16))
print('%x %X %o %#x %#o' % (-255, -255, -8, -255, -8))
print(f'{-10:#06x}|{-10:<#8b}|{-10:^#9o}|{-10:=8x}')
print((-5) & 0xFF, bin((-5) & 0xFF), hex(-1 & (2 ** 64 - 1)), (-5) >> 1, bin(-5 >> 1), -5 << 3)
print(bin(True), hex(False), oct(2 ** 64))
class Idx:
    def __index__(self):
        return -42
print(bin(Idx()), hex(Idx()), oct(Idx()))
for bad in [1.5, '5', None]:
    try:
        hex(bad)
    except TypeError as e:
        print('TypeError', e)

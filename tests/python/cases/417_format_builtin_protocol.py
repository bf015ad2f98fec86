print(format(3), format(3, ''), format('x'), format(None), format([1, 2]), format(True), format(True, 'd'))
print(format(1.5), format(1.5, ''), format(10 ** 16 * 1.0), format(1e16, ''), str(1e16))
print(format(0.1, '.20f'), format(1 / 3, ''), format(1 / 3, 'g'), format(1 / 3, '.12'))
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec.endswith('F'):
            return format(self.c * 9 / 5 + 32, spec[:-1] + 'f') + 'F'
        return format(self.c, spec) + 'C'
t = Temp(21.5)
print(format(t), format(t, '.1F'), f'{t:>8.2f}', '{:.0F}'.format(t))
class Plain:
    def __str__(self):
        return 'plain'
print(format(Plain()), f'{Plain()}', f'{Plain()!s:>7}|')
try:
    format(Plain(), '>7')
except TypeError as e:
    print('TypeError', e)
class BadFormat:
    def __format__(self, spec):
        return 42
try:
    format(BadFormat())
except TypeError as e:
    print('TypeError', e)

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        calls.append(spec)
        if spec == '':
            return str(self)
        if spec == 'short':
            return f'${self.cents // 100}'
        return format(self.cents / 100, spec)
    def __str__(self):
        return f'{self.cents / 100:.2f} USD'
calls = []
m = Money(123456)
print(f'{m}', f'{m:short}', f'{m:,.2f}', f'{m:>12.1f}', '{0:short} {0}'.format(m), format(m, '.0f'))
print(calls)
w = 'short'
print(f'{m:{w}}', f'{m!s}')
class Inherit(int):
    pass
print(f'{Inherit(42):05d}', format(Inherit(255), '#x'))
class Override(int):
    def __format__(self, spec):
        return 'custom(' + spec + ')'
print(f'{Override(1):>5}', format(Override(2)), '{:x}'.format(Override(3)), str(Override(4)))

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __abs__(self):
        print('__abs__')
        return Money(abs(self.cents))
    def __divmod__(self, n):
        q, r = divmod(self.cents, n)
        return Money(q), Money(r)
    def __rdivmod__(self, n):
        return ('rdivmod', n, self.cents)
    def __neg__(self):
        return Money(-self.cents)
    def __pos__(self):
        return 'pos!'
    def __invert__(self):
        return 'inverted'
    def __round__(self, nd=None):
        return ('round', nd)
    def __repr__(self):
        return f'Money({self.cents})'
m = Money(-1050)
print(abs(m), divmod(m, 300), divmod(7, m), -m, +m, ~m)
print(round(m), round(m, 2))
class NoAbs:
    pass
for op in [abs, lambda o: divmod(o, 2), lambda o: -o, round]:
    try:
        op(NoAbs())
    except TypeError as e:
        print('TypeError', e)
class Weird:
    def __abs__(self):
        return 'not a number'
print(abs(Weird()), abs(-True), abs(-2 ** 70), abs(-0.0), abs(float('-inf')))
class IntSub(int):
    def __abs__(self):
        return 'IntSub abs'
print(abs(IntSub(-3)), divmod(IntSub(7), 2), type(divmod(IntSub(7), 2)[0]).__name__)

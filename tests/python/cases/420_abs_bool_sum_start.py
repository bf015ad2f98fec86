print(abs(True), abs(False), type(abs(True)).__name__, abs(-True), -True, +True, ~True, ~False)
print(abs(-0.0), abs(-5), abs(-2 ** 70), abs(float('-inf')), abs(-3.5))
print(sum([1, 2, 3], 10), sum([[1], [2, 3]], []), sum(((1,), (2,)), ()), sum([0.1] * 10), sum([], 5))
print(sum([True, True, False]), sum(x > 2 for x in range(6)), sum([1, 2.5]), sum([], start=0.0))
print(sum([1e100, 1.0, -1e100]), sum(range(101)), sum(range(10 ** 6, 10 ** 6 + 3), 10 ** 20))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print('TypeError', e)
try:
    sum([b'a'], b'')
except TypeError as e:
    print('TypeError', e)
try:
    sum([1, 'a'])
except TypeError as e:
    print('TypeError', e)
class Money:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Money(self.v + (o.v if isinstance(o, Money) else o))
    __radd__ = __add__
print(sum([Money(1), Money(2)]).v, sum([Money(5)], Money(10)).v)

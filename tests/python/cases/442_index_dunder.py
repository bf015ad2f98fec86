class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
i = Idx(2)
data = [10, 20, 30, 40, 50]
print(data[i], data[Idx(-1)], data[Idx(1):Idx(4)], 'hello'[i], (1, 2, 3)[i])
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)), range(Idx(3)), list(range(Idx(1), Idx(7), Idx(2))))
print(operator_index := Idx(7).__index__(), [0] * Idx(3), 'ab' * Idx(2))
import operator
print(operator.index(Idx(9)), operator.index(True))
print(int(Idx(4)), type(int(Idx(4))).__name__)
print(bytes(Idx(2)), data[Idx(0)::Idx(2)])
class Bad:
    def __index__(self):
        return 1.5
try:
    [1, 2][Bad()]
except TypeError as e:
    print('TypeError', e)
try:
    fidx = 1.0
    [1, 2][fidx]
except TypeError as e:
    print('TypeError', e)
try:
    operator.index('3')
except TypeError as e:
    print('TypeError', e)

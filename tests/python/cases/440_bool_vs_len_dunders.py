class Both:
    def __init__(self, b, n):
        self.b, self.n = b, n
        self.calls = []
    def __bool__(self):
        self.calls.append('bool')
        return self.b
    def __len__(self):
        self.calls.append('len')
        return self.n
x = Both(False, 5)
print(bool(x), len(x), x.calls)
y = Both(True, 0)
print('truthy' if y else 'falsy', y.calls)
class OnlyLen:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print([bool(OnlyLen(n)) for n in range(3)], not OnlyLen(0), OnlyLen(0) or 'alt', OnlyLen(2) and 'both')
class Neither:
    pass
print(bool(Neither()))
class BigLen:
    def __len__(self):
        return 2 ** 70
try:
    bool(BigLen())
except OverflowError as e:
    print('OverflowError', e)
class NoneBool:
    __bool__ = None
try:
    bool(NoneBool())
except TypeError as e:
    print('TypeError', e)
class Sub(OnlyLen):
    def __bool__(self):
        return True
print(bool(Sub(0)))
class BoolLen:
    def __len__(self):
        return True
print(len(BoolLen()), bool(BoolLen()))

class Squares:
    def __init__(self, n):
        self.n = n
        self.calls = []
    def __getitem__(self, i):
        self.calls.append(i)
        if i >= self.n:
            raise IndexError(i)
        return i * i
s = Squares(4)
it = iter(s)
print(type(it).__name__, next(it), next(it))
print(list(it), s.calls)
print(list(Squares(3)), 9 in Squares(5), 7 in Squares(5))
a, b, c = Squares(3)
print(a, b, c)
print(sorted(Squares(4), reverse=True), sum(Squares(5)), max(Squares(3)))
class StopsWithStopIteration:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return 'x%d' % i
print(list(StopsWithStopIteration()))
class KeyErr:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(KeyErr())
except KeyError as e:
    print('KeyError', e)
try:
    reversed(Squares(3))
except TypeError as e:
    print('TypeError', e)
class WithLen(Squares):
    def __len__(self):
        return self.n
print(list(reversed(WithLen(4))))
class NotIterable:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    iter(NotIterable())
except TypeError as e:
    print('TypeError', e)
it = iter(Squares(2))
print(list(it), list(it), next(it, 'done'))

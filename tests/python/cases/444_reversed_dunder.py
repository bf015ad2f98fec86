class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return iter(range(self.n, 0, -1))
    def __reversed__(self):
        return iter(range(1, self.n + 1))
c = Countdown(4)
print(list(c), list(reversed(c)))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if not 0 <= i < 3:
            raise IndexError
        return 'abc'[i]
print(list(reversed(Seq())), type(reversed(Seq())).__name__)
class NoRev:
    def __iter__(self):
        return iter([1])
try:
    reversed(NoRev())
except TypeError as e:
    print('TypeError', e)
class Disabled(Seq):
    __reversed__ = None
try:
    reversed(Disabled())
except TypeError as e:
    print('TypeError', e)
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(0, 10, 3))), list(reversed({'a': 1, 'b': 2})))
print(list(reversed((1, 2))), list(reversed(b'xy')), list(reversed({'a': 1, 'b': 2}.items())))
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
try:
    reversed({1, 2})
except TypeError as e:
    print('TypeError', e)

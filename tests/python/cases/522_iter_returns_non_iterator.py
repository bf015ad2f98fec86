class BadIter:
    def __iter__(self):
        return [1, 2, 3]
try:
    iter(BadIter())
except TypeError as e:
    print('TypeError', e)
try:
    for x in BadIter():
        pass
except TypeError as e:
    print('TypeError', e)
class SelfIter:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i
s = SelfIter()
print(iter(s) is s, list(s), list(s))
class Fresh:
    def __iter__(self):
        return SelfIter()
f = Fresh()
print(list(f), list(f), [(a, b) for a in f for b in f if a == b])
try:
    next(Fresh())
except TypeError as e:
    print('TypeError', e)
try:
    iter(5)
except TypeError as e:
    print('TypeError', e)
it = iter([1, 2])
print(iter(it) is it, type(it).__name__, type(iter(range(3))).__name__, type(iter(b'ab')).__name__)
print(type(iter({1: 2})).__name__, type(iter({1: 2}.items())).__name__, type(iter((1,))).__name__)

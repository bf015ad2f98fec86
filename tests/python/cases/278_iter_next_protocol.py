class Range2:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i * 2
r = Range2(3)
print(list(r), list(r))
for x in Range2(2):
    print(x)
it = iter(Range2(2))
print(next(it), next(it), next(it, 'done'))
class NotIter:
    pass
try:
    iter(NotIter())
except TypeError as e:
    print('TypeError', e)
try:
    for _ in 5:
        pass
except TypeError as e:
    print('TypeError', e)

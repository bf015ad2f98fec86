def checks(values, tag):
    for v in values:
        print('  ', tag, 'checking', v)
        yield v
print(any(checks([0, '', 3, 4], 'any')))
print(all(checks([1, 'x', 0, 5], 'all')))
print(any(checks([], 'any-empty')), all(checks([], 'all-empty')))
g = checks([0, 1, 2, 3], 'shared')
print(any(g), list(g))
g = (x > 2 for x in [5, 4, 1, 9])
print(all(g), list(g))
print(any([[]]), all([[]]), any([[0]]), all(''), any('0'))
print(any(x for x in range(10 ** 9) if x == 3), all(x < 5 for x in range(10 ** 9)))
def boom():
    raise AssertionError('should not be evaluated')
print(0 and boom(), 1 or boom(), (None or 0 or '' or 'last'), ('a' and 'b' and 'c'))
print([] or {} or (), 5 and 0 and boom())
class Noisy:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print('   bool of', self.v)
        return bool(self.v)
print(any([Noisy(0), Noisy(1), Noisy(2)]))
print(all([Noisy(1), Noisy(0), Noisy(2)]))
r = Noisy(0) or Noisy(3)
print(r.v)

class IterOnly:
    def __init__(self, items):
        self.items = items
        self.visited = []
    def __iter__(self):
        for i in self.items:
            self.visited.append(i)
            yield i
c = IterOnly([1, 2, 3, 4])
print(3 in c, c.visited)
print(9 in c, 9 not in c)
class GetitemOnly:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10
print(20 in GetitemOnly(), 25 in GetitemOnly(), list(GetitemOnly()))
class WithContains(IterOnly):
    def __contains__(self, x):
        return x == 'magic'
w = WithContains([1])
print(1 in w, 'magic' in w, w.visited)
class Truthy:
    def __contains__(self, x):
        return 'non-empty string'
print(5 in Truthy(), 5 not in Truthy())
class NoContains:
    pass
try:
    1 in NoContains()
except TypeError as e:
    print('TypeError', e)
class Eq:
    def __eq__(self, o):
        return True
print(Eq() in [1], 1 in [Eq()], float('nan') in [float('nan')])
n = float('nan')
print(n in [n], n in (n,), n in {n})

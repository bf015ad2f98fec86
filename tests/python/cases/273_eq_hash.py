class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k
    def __hash__(self):
        return hash(self.k)
a, b = Key(1), Key(1)
print(a == b, a != b, a is b, len({a, b}), {a: 'x'}[b])
class NoHash:
    def __eq__(self, other):
        return True
try:
    hash(NoHash())
except TypeError as e:
    print('TypeError', e)
print(NoHash.__hash__)
class Plain:
    pass
p = Plain()
print(p == p, p == Plain(), p != Plain())

class Key:
    eq_calls = 0
    def __init__(self, k, tag):
        self.k, self.tag = k, tag
    def __eq__(self, other):
        Key.eq_calls += 1
        return isinstance(other, Key) and self.k == other.k
    def __hash__(self):
        return hash(self.k)
    def __repr__(self):
        return f'Key({self.k},{self.tag})'
s = {Key(1, 'a'), Key(2, 'b'), Key(1, 'c')}
print(len(s), sorted(s, key=lambda x: x.k))
d = {Key(1, 'first'): 'v1'}
d[Key(1, 'second')] = 'v2'
print(d)
print(Key(1, 'z') in d, Key(3, 'z') in d)
class Collide:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 42
    def __eq__(self, other):
        return self.v == other.v
    def __repr__(self):
        return 'C%d' % self.v
cs = {Collide(i % 3) for i in range(7)}
print(len(cs), sorted(c.v for c in cs))
class EqOnly:
    def __eq__(self, other):
        return True
print(EqOnly.__hash__)
try:
    {EqOnly()}
except TypeError as e:
    print('TypeError', e)
class NoEqHash:
    pass
a = NoEqHash()
print(len({a, a}), a in {a: 1}, NoEqHash() in {a: 1})
class Always1:
    def __hash__(self):
        return 1
print(1 in {Always1(): 'x'}, len({Always1(), Always1()}))
nan = float('nan')
print(len({nan, nan}), len({float('nan'), float('nan')}), nan in [nan])

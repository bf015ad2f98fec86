data = {'list': [1, 'two', 3.0, None], 'tuple': (1,), 'empty': ((), [], {}), 'nested': {'k': [{'x': (True, False)}]}}
print(repr(data))
print(str(data) == repr(data), repr(['a\nb', "it's", 'say "hi"', 'both \'"']))
print(repr([1.0, -0.0, 1e20, 1e-7, float('inf'), float('nan')]))
print(repr((1, (2, (3, (4,))))), repr([[]] * 2), repr({1: {2: {3: {}}}}))
print(repr({(1, 2): frozenset(), 'b': set()}), repr([b'x', b'\x00']))
a = [1]
a.append(a)
d = {'self': None}
d['self'] = d
print(repr(a), repr(d), repr([a, d]))
class R:
    def __repr__(self):
        return 'R()'
print([R(), (R(),), {'r': R()}], str([R()]))
print(repr(range(3)), repr(range(1, 10, 2)), [range(0)], repr(slice(1, None, -1)))

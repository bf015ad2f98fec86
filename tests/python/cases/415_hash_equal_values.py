print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False) == hash(-0.0))
print(hash((1, 2)) == hash((1.0, 2.0)), hash((1, (2, 3))) == hash((True, (2.0, 3))))
print(hash(()) == hash(()), hash((1,)) == hash((1,)), hash((1, 2)) == hash((2, 1)))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), hash(2 ** 61 - 1), hash(2 ** 61), hash(-1), hash(-2))
print(hash(0.5), hash(-0.5), hash(1e100) == hash(int(1e100)), hash(float('inf')), hash(float('-inf')))
d = {}
d[1] = 'int'
d[1.0] = 'float'
d[True] = 'bool'
print(d, len(d))
d2 = {(1, 2): 'a'}
print(d2[(1.0, 2.0)], (True, 2) in d2)
s = {1, 1.0, True, 2, 2.0}
print(s, len(s))
for t in [(1, [2]), ([1],)]:
    try:
        hash(t)
    except TypeError as e:
        print('TypeError', e)
print(hash(10 ** 30) == hash(10 ** 30 % (2 ** 61 - 1)), hash(-10 ** 30) == -hash(10 ** 30))

a = frozenset([3, 1, 2])
b = frozenset((2, 3, 1, 1))
print(a == b, hash(a) == hash(b), a is b, a == {1, 2, 3}, {1, 2, 3} == a)
d = {a: 'triple'}
print(d[b], d[frozenset({1, 2, 3})])
try:
    d[{1, 2, 3}]
except TypeError as e:
    print('TypeError', e)
print({1, 2, 3} in [a], frozenset() == set(), hash(frozenset()) == hash(frozenset([])))
fs = {frozenset([1]), frozenset([1, 2]), frozenset([2, 1]), frozenset()}
print(len(fs), sorted(len(x) for x in fs))
print(type(a | {4}).__name__, type({4} | a).__name__, type(a & {1}).__name__, type({1} - a).__name__)
print(sorted(a | {4}), a - {1}, a ^ frozenset([3, 5]))
s = {frozenset([1, 2])}
s.add(frozenset([2, 1]))
print(len(s), frozenset([1, 2]) in s, {1, 2} in s)
print(frozenset('aab') == frozenset('ba'), len(frozenset('mississippi')))
nested = frozenset([frozenset([1]), frozenset([2])])
print(frozenset([1]) in nested, len(nested), frozenset([frozenset([2]), frozenset([1])]) == nested)
print(a.union([9]), a.issubset(range(5)), a.copy() is a)

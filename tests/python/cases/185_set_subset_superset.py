a = {1, 2}
b = {1, 2, 3}
print(a <= b, a < b, b >= a, b > a, a <= a, a < a)
print(a.issubset(b), b.issuperset(a), a.isdisjoint({5, 6}), a.isdisjoint(b))
print(a.issubset([1, 2, 5]), {1, 2} == {2, 1}, {1} != {1, 2})
print(set() <= a, set() < set())

s = {1, 2, 3}
print(s.union([3, 4], (5,), range(6, 8)))
print(s.intersection([2, 3, 9], {3, 2}), s.intersection())
print(s.difference([1], (2,)), s.symmetric_difference([3, 4, 4]))
print(s.issubset(range(10)), s.issuperset([1, 2]), s.isdisjoint(iter([4, 5])))
try:
    s | [4]
except TypeError as e:
    print('TypeError', e)
try:
    s <= [1, 2, 3]
except TypeError as e:
    print('TypeError', e)
t = set()
t.update('ab', [1], range(2))
print(sorted(t, key=str))
u = {1, 2, 3, 4, 5}
u.difference_update([1], {2})
print(u)
u.intersection_update(range(4, 10), [4, 5, 6])
print(u)
u.symmetric_difference_update([5, 6, 7])
print(u)
v = {1, 2}
v |= {3}
v -= {1}
v &= {2, 3, 4}
v ^= {9}
print(v)
try:
    v |= [5]
except TypeError as e:
    print('TypeError', e)
print({1, 2}.union(), {1}.union({1: 'dict keys'}, 'x' if False else [2]))

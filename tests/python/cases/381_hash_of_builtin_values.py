# hash() of the builtin hashable values, and the unhashable ones
class A:
    pass
a = A()
print({a: 1}[a], hash(a) == hash(a), object.__hash__(a) == hash(a))
print(hash(range(3)) == hash(range(0, 3)), hash(range(0)) == hash(range(5, 2)), {range(2): 'r'}[range(0, 2)])
print(hash(1), hash(-1), hash(1.5), hash((1, 2)), hash(True), hash(2 ** 70))
print(int.__hash__(5), float.__hash__(2.0), tuple.__hash__(()) == hash(()))
for x in ([], {}, set(), slice(1, 2)):
    try:
        hash(x)
    except TypeError as e:
        print(e)

# `x in list` / `x in tuple`: ints, bools and floats compare by value,
# other items through __eq__ in order, identity first; big ints and
# hashes of big ints as set and dict keys.

class Loud:
    def __init__(self, name, equal):
        self.name = name
        self.equal = equal

    def __eq__(self, other):
        print("  eq", self.name, repr(other))
        return self.equal


def check(label, x, seq):
    print(label, x in seq, x not in seq)


check("int in ints", 3, [1, 2, 3])
check("int not in ints", 4, [1, 2, 3])
check("int in floats", 2, [0.5, 2.0])
check("int in tuple", 7, (1, 7, 9))
check("bool in ints", True, [0, 1])
check("int in bools", 0, [True, False])
check("int in nan", 1, [float("nan")])
check("int in empty", 1, [])
check("big in ints", 2 ** 60, [1, 2 ** 60])
check("int in bigs", 5, [2 ** 70, 5])
check("neg in list", -3, [3, -3])
check("float in ints", 2.0, [1, 2])
check("str in list", "b", ["a", "b"])

# ints before an object compare by value; from the object on, __eq__ in order
seq = [1, 2, Loud("a", False), 3, Loud("b", True), 4]
check("found by value before objects", 2, seq)
check("found after an object", 3, seq)
check("found by an object's eq", 99, seq)
seq2 = [Loud("c", False), Loud("d", False)]
check("not found", 5, seq2)

# identity first: an object equal to nothing is still in a list holding it
class Never:
    def __eq__(self, other):
        return False

n = Never()
check("identity", n, [1, n])
nan = float("nan")
check("nan identity", nan, [nan])
check("nan value", float("nan"), [nan])


class MyInt(int):
    def __eq__(self, other):
        print("  MyInt eq", int(self), other)
        return int(self) == other

    __hash__ = int.__hash__


check("int subclass item", 3, [MyInt(3)])
check("int subclass needle", MyInt(4), [1, 4])

# in a loop the JIT compiles
hits = 0
cells = [[0, 1, 2, 3, 4, 5, 6, 7] for _ in range(4)]
for rnd in range(3000):
    v = rnd % 10
    for c in cells:
        if v in c:
            hits += 1
    cells[rnd % 4].remove(rnd % 8) if (rnd % 8) in cells[rnd % 4] else cells[rnd % 4].append(rnd % 8)
print("hits", hits)

# big-int keys: hash() as CPython's, in sets and dicts, through a compiled loop
keys = [2 ** 61 - 1, 2 ** 61, 2 ** 63 - 25, -(2 ** 62) + 3, 2 ** 100 + 7, -(2 ** 61 - 1) - 1, 12345678901234567890]
print([hash(k) for k in keys])
print(hash(-(2 ** 61 - 1) * 3 - 1), hash(2 ** 122 - 1), hash(-(2 ** 200)))
h = 0
seen = set()
table = {}
for i in range(2000):
    h ^= keys[i % len(keys)] * (i % 3 + 1)
    seen.add(h)
    table[h] = table.get(h, 0) + 1
print(len(seen), len(table), sum(table.values()), h in seen, (h + 1) in seen)

# Slices and slice assignment: the same-length in-place copy, the rebuild
# when the length changes, extended slices, and a list assigned into itself;
# also in a loop long enough to be compiled.
a = list(range(10))
for s in [slice(None), slice(2, 8), slice(None, None, -1), slice(8, 2, -2), slice(-3, None),
          slice(1, 9, 3), slice(9, None, -3), slice(100, -100, -1), slice(-100, 100, 7), slice(5, 5), slice(7, 2)]:
    print(s, a[s], tuple(a)[s], "abcdefghij"[s], range(10)[s], s.indices(10))

b = a[:]
b[2:5] = [7, 8, 9]        # same length: in place
print(b)
b[2:5] = (1,)             # shorter: rebuilt
print(b)
b[:] = b                  # itself, whole
print(b)
b[1:3] = b                # itself, into part of itself
print(b)
b[::2] = range(len(b[::2]))
print(b)
b[3:3] = "xy"             # insertion
print(b)
b[-2:] = []
print(b)
c = [1, 2, 3]
c[0:2] = (x * 10 for x in c)
print(c)
try:
    c[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
t = [0] * 4
t[1:3] = t[2:4]
print(t)

class Idx:
    def __init__(self, i):
        self.i = i
    def __index__(self):
        return self.i

print(a[Idx(2):Idx(-2):Idx(2)], a[Idx(100):])

# fannkuch's flips, compiled
def flips(n, rounds):
    total = 0
    perm1 = list(range(n))
    for r in range(rounds):
        perm = perm1[:]
        k = perm[0]
        while k:
            perm[:k + 1] = perm[k::-1]
            total += 1
            k = perm[0]
        perm1.insert(r % n, perm1.pop(0))
    return total, perm1

print(flips(7, 3000))

# range() of big ints and of spans past 2**53: length, items, slices,
# membership, iteration both ways, equality, hashing and the errors.
big = 10 ** 20
r = range(0, 10 ** 21, 10)
print(r, r.start, r.stop, r.step, bool(r))
print(big in r, big + 1 in r, -10 in r, 10 ** 21 in r, 10 ** 21 - 10 in r)
print(r[0], r[-1], r[big - 1], r[-big])
print(r[5:8], r[::big], r[big:], r[-3:], list(r[-3:]), r[::-1][:2])
print(r.index(big), r.count(big), r.count(3))
try:
    r.index(7)
except ValueError as e:
    print("ValueError", e)
try:
    print(len(r))
except OverflowError as e:
    print("OverflowError", e)
print(len(range(2 ** 62)), len(range(big, big + 5)))
try:
    r[big * 10]
except IndexError as e:
    print("IndexError", e)
s = range(big, big + 10, 3)
print(s, list(s), list(reversed(s)), len(s), s[1], s[-1])
it = iter(s)
print(type(it).__name__, next(it), next(it), it.__length_hint__())
print(range(-big, -big - 7, -2), list(range(-big, -big - 7, -2)))
print(range(big, big) == range(0), range(big, big + 1) == range(big, big + 1, 5), s == range(big, big + 10, 3), s == range(big, big + 11, 3))
print(hash(range(big, big + 10, 3)) == hash(range(big, big + 12, 3)), hash(range(big, big)) == hash(range(0)))
print(range(2 ** 60, 2 ** 60 + 3)[1:], range(-2 ** 53, 2 ** 53, 2 ** 52), len(range(-2 ** 53, 2 ** 53)))
print(list(range(2 ** 53 - 2, 2 ** 53 + 2)), 2 ** 53 + 1 in range(2 ** 53 - 2, 2 ** 53 + 2))
print(sum(range(big, big + 1000)), max(range(big, big * 2, big // 4)), sorted(range(big + 3, big, -1)))
print(2.0 * big in range(0, 3 * big, big), 1.5 in range(big, big + 3), [x for x in range(big, big + 3)])
class Idx:
    def __index__(self):
        return 10 ** 18
print(range(Idx()), range(1, Idx(), Idx())[1:])
try:
    range(0, big, 0)
except ValueError as e:
    print("ValueError", e)
try:
    range(1.0, big)
except TypeError as e:
    print("TypeError", e)
print(bool(range(big, big)), bool(range(big, big + 1)), len(range(big, big)), list(range(big, big)))
class Loud:
    def __index__(self):
        print("__index__ called")
        return 3
print(range(Loud(), big), range(Loud()), range(1, Loud(), Loud()))

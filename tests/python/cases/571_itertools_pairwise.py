from itertools import pairwise, islice, count
print(list(pairwise('abcd')), list(pairwise([1])), list(pairwise([])))
print([b - a for a, b in pairwise([1, 4, 9, 16, 25])])
print(list(islice(pairwise(count(10, 5)), 3)))
def noisy():
    for c in 'xyz':
        print('  yield', c)
        yield c
p = pairwise(noisy())
print('created')
print(next(p))
print(next(p))
print(next(p, 'end'))
pts = [(0, 0), (3, 4), (3, 0), (0, 0)]
import math
print(sum(math.dist(a, b) for a, b in pairwise(pts)))
print(all(a <= b for a, b in pairwise([1, 2, 2, 5])), all(a <= b for a, b in pairwise([3, 1])))
print(dict(pairwise('abc')), [''.join(t) for t in pairwise('hello')])
it = iter(range(5))
pw = pairwise(it)
print(next(pw), next(it), list(pw))
try:
    pairwise(5)
except TypeError as e:
    print('TypeError', e)

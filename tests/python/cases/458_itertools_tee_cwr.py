import itertools
src = iter([1, 2, 3, 4])
a, b, c = itertools.tee(src, 3)
print(next(a), next(a), list(b), list(a), list(c))
x, y = itertools.tee(x * x for x in range(4))
print(list(zip(x, y)))
print(itertools.tee([1], 0), len(itertools.tee('abc')))
def pairwise(it):
    p, q = itertools.tee(it)
    next(q, None)
    return list(zip(p, q))
print(pairwise('abcd'), pairwise([]), pairwise([1]))
print(list(itertools.combinations_with_replacement(range(3), 2)))
print(list(itertools.combinations_with_replacement('xy', 3)), list(itertools.combinations_with_replacement('', 2)))
print(list(itertools.combinations_with_replacement([1, 2], 0)), len(list(itertools.combinations_with_replacement(range(5), 3))))
print(list(itertools.combinations('abcd', 0)), list(itertools.combinations('ab', 3)), list(itertools.permutations([], 0)))
try:
    itertools.tee([1], -1)
except ValueError as e:
    print('ValueError', e)

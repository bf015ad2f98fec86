import itertools
from itertools import (count, cycle, repeat, accumulate, chain, compress, dropwhile,
                       takewhile, filterfalse, groupby, islice, starmap, tee,
                       zip_longest, product, permutations, combinations,
                       combinations_with_replacement, pairwise)
import operator


def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, 'raised', type(e).__name__, e)


# count / cycle / repeat
c = count()
print(next(c), next(c), next(c), repr(c))
print(list(islice(count(10, 5), 4)), list(islice(count(1.5, 0.5), 3)), list(islice(count(5, -2), 4)))
print(repr(count()), repr(count(1.5)), repr(count(0, 1.0)), repr(count(2, 3)), repr(count(-1)))
c = count(3, 2); next(c)
print(repr(c))
show('count str', lambda: count('a'))
show('count step', lambda: count(1, 'x'))
print(list(islice(cycle('abc'), 8)), list(cycle([])))
cy = cycle(iter([1, 2]))
print([next(cy) for _ in range(5)])
print(list(repeat('x', 3)), list(repeat(1, 0)), list(repeat(1, -2)), list(islice(repeat(7), 3)))
print(repr(repeat('a')), repr(repeat('a', 2)), repr(repeat(1, -3)))
r = repeat(5, 2); next(r)
print(repr(r), operator.length_hint(r))
show('repeat times', lambda: repeat(1, 'a'))

# accumulate
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([1, 2, 3], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2], max)), list(accumulate([])))
print(list(accumulate([1, 2], initial=100)), list(accumulate([], initial=0)))
print(list(accumulate('abc')), list(accumulate([1, 2, 3], lambda a, b: a - b, initial=10)))
show('acc noniter', lambda: accumulate(5))

# chain
print(list(chain()), list(chain([1], (2, 3), 'ab', range(2))))
print(list(chain.from_iterable(['ab', [1], ()])), list(chain.from_iterable(x for x in [[1, 2], [3]])))
ch = chain('a', 'b')
print(next(ch), next(ch), next(ch, 'done'))
show('chain lazy', lambda: type(chain(1)).__name__ != '')
show('chain bad', lambda: list(chain([1], 2)))

# compress / dropwhile / takewhile / filterfalse / starmap
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(compress(range(10), [0, 1] * 2)))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(dropwhile(bool, [])), list(takewhile(bool, [0, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a', None, []])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(lambda *a: sum(a), [(), (1,), (1, 2, 3)])))
it = iter([1, 2, 3, 10, 4])
print(list(takewhile(lambda x: x < 3, it)), list(it))

# groupby
print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')])
gb = groupby([1, 2, 3, 4, 5, 6, 7], key=lambda x: x // 3)
print([(k, list(g)) for k, g in gb])
gb = groupby('aabbbc')
k1, g1 = next(gb)
k2, g2 = next(gb)
print(k1, list(g1), k2, list(g2))
gb = groupby('aabbbc')
k1, g1 = next(gb)
print(next(g1), k1)
k2, g2 = next(gb)
print(list(g1), k2, next(g2), list(g2), list(g2))
print(list(groupby([])))
groups = []
keys = []
for k, g in groupby(sorted('mississippi')):
    groups.append(list(g))
    keys.append(k)
print(keys, groups)
keycalls = []
def kf(x):
    keycalls.append(x)
    return x % 2
for k, g in groupby([1, 3, 2, 4, 5], key=kf):
    print(k, list(g))
print(keycalls)
saved = [g for k, g in groupby('aaabbb')]
print([list(g) for g in saved])

# islice
print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)))
print(list(islice('ABCDEFG', 0, None, 2)), list(islice(range(20), 3, 15, 4)), list(islice([], 5)))
print(list(islice('abc', None)), list(islice('abc', None, None, None)), list(islice('abc', 5, 2)))
it = iter(range(10))
print(list(islice(it, 5, 2)), next(it))
it = iter(range(10))
print(list(islice(it, 0, 5, 2)), next(it))
it = iter(range(10))
print(list(islice(it, 1, 6, 10)), next(it))
it = iter(range(10))
print(list(islice(it, 3)), list(islice(it, 3)))
for args in [(), (1,), (1, 2, 3, 4, 5), (-1,), (1.5,), (-1, 2), (0, 2, 0), (0, 2, -1), ('a',), (1, -1)]:
    show('islice%r' % (args,), lambda: list(islice([1, 2], *args)) if args else islice())
show('islice noniter', lambda: islice(1, 2))
show('islice kw', lambda: islice([1], stop=2))

# tee
a, b = tee([1, 2, 3])
print(list(a), list(b))
a, b, c = tee(iter('abcd'), 3)
print(next(a), next(a), next(b), list(c), list(a), list(b))
print(tee([1], 0), len(tee('ab')))
show('tee neg', lambda: tee([1], -1))
show('tee noniter', lambda: tee(1))
def gen():
    for i in range(3):
        print('gen', i)
        yield i
x, y = tee(gen())
print(next(x), next(x), next(y), next(y), next(y))

# zip_longest / pairwise
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest()))
print(list(zip_longest([1, 2], [3], [4, 5, 6])), list(zip_longest('a')))
show('zl kw', lambda: zip_longest([1], fillx=1))
show('zl noniter', lambda: zip_longest(1))
print(list(pairwise('ABCDEFG')), list(pairwise([1])), list(pairwise([])))

# product / permutations / combinations
print(list(product('AB', 'xy')), list(product(range(2), repeat=3)))
print(list(product()), list(product([1, 2], [])), list(product('ab', repeat=0)))
print(len(list(product(range(3), range(4), range(5)))), list(product([1], 'ab', repeat=2)))
show('product neg', lambda: product([1], repeat=-1))
print(list(permutations('ABC', 2)), list(permutations(range(3))))
print(list(permutations([])), list(permutations([1, 2], 3)), list(permutations([1, 2], 0)))
print(len(list(permutations(range(6)))), list(permutations(range(4)))[10:14])
show('perm neg', lambda: permutations([1], -1))
show('perm float', lambda: permutations([1], 1.5))
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)))
print(list(combinations([], 0)), list(combinations([1], 2)), list(combinations('ab', 0)))
print(len(list(combinations(range(10), 4))))
show('comb neg', lambda: combinations([1], -1))
show('comb missing', lambda: combinations([1]))
print(list(combinations_with_replacement('ABC', 2)), list(combinations_with_replacement([], 0)))
print(list(combinations_with_replacement([], 1)), list(combinations_with_replacement(range(2), 3)))
show('cwr neg', lambda: combinations_with_replacement([1], -1))

# laziness: nothing consumed before iteration
consumed = []
def src():
    for i in range(5):
        consumed.append(i)
        yield i
m = map(lambda t: t, zip_longest(src(), 'ab'))
print(consumed)
print(list(m), consumed)

import itertools
print(list(itertools.chain.from_iterable(['ab', [1, 2], (), range(2)])))
def gen_lists():
    for i in range(3):
        print('producing', i)
        yield [i] * i
c = itertools.chain.from_iterable(gen_lists())
print(next(c))
print(list(c))
print(list(itertools.chain()), list(itertools.chain([], '', ())), list(itertools.chain('a', 'b')))
print(list(itertools.zip_longest([1, 2, 3], 'ab')), list(itertools.zip_longest()))
print(list(itertools.zip_longest('a', 'bcd', [0, 1], fillvalue='*')))
print(list(itertools.zip_longest(range(2), repeat := [9], fillvalue=None)))
z = itertools.zip_longest(iter([1]), iter([]))
print(next(z), next(z, 'done'))
print(dict(itertools.zip_longest('abc', [1], fillvalue=0)))
try:
    list(itertools.chain.from_iterable([1, 2]))
except TypeError as e:
    print('TypeError', e)

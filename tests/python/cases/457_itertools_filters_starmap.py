import itertools
nums = [1, 4, 6, 2, 8, 3, 9]
print(list(itertools.takewhile(lambda x: x < 5, nums)), list(itertools.dropwhile(lambda x: x < 5, nums)))
print(list(itertools.takewhile(bool, [1, 0, 1])), list(itertools.dropwhile(bool, [])), list(itertools.takewhile(bool, [])))
seen = []
tw = itertools.takewhile(lambda x: seen.append(x) or x < 3, [1, 2, 3, 4])
print(list(tw), seen)
print(list(itertools.compress(range(10), [1, 0, 1])), list(itertools.compress('abc', itertools.cycle([0, 1]))))
print(list(itertools.compress('abcd', [True, False, 'x', ''])))
print(list(itertools.starmap(lambda a, b, c: a + b * c, [(1, 2, 3), (4, 5, 6)])), list(itertools.starmap(max, ['ab', 'zy'])))
print(list(itertools.starmap(divmod, zip(range(10, 14), itertools.repeat(3)))))
print(list(itertools.filterfalse(None, [0, 1, '', 'a', None, [], [0]])), list(filter(None, [0, 1, '', 'a'])))
print(list(itertools.islice(itertools.dropwhile(lambda x: x < 100, itertools.count(95, 2)), 3)))

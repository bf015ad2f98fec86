import itertools, operator
print(list(itertools.accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(itertools.accumulate([5, 3, 8, 1, 9], min)), list(itertools.accumulate([], initial=7)))
print(list(itertools.accumulate([1, 2, 3], initial=100)), list(itertools.accumulate('abc')))
print(list(itertools.accumulate([[1], [2], [3]])), list(itertools.accumulate([2, 3, 4], pow, initial=1)))
print(list(itertools.accumulate([1.5, 2.5], lambda a, b: a - b, initial=10)))
print(list(itertools.accumulate(range(5), func=lambda acc, x: acc * 2 + x)))
balance = list(itertools.accumulate([100, -20, -30, 50], initial=0))
print(balance, max(balance))
acc = itertools.accumulate(itertools.count(1))
print([next(acc) for _ in range(6)])
try:
    list(itertools.accumulate([1, 'a']))
except TypeError as e:
    print('TypeError', e)

print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed(range(3))))
print(any([]), all([]), any([0, '', None]), any([0, 1]), all([1, 'a', [0]]), all([1, 0]))
print(any(x > 3 for x in range(5)), all(x < 5 for x in range(5)))
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([[1], [2, 3]], []), sum(()), sum([0.5, 0.5]))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print('TypeError', e)
try:
    reversed({1: 2}.keys()) and print('reversed dict keys ok')
except TypeError as e:
    print('TypeError', e)

from functools import reduce
import operator
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(operator.mul, range(1, 8)), reduce(lambda a, b: a * 10 + b, [1, 2, 3], 0))
print(reduce(max, [3, 9, 2]), reduce(lambda a, b: b + a, 'abc', ''))
try:
    reduce(operator.add, [])
except TypeError as e:
    print('TypeError', e)
print(reduce(operator.add, [], 'init'))

from functools import reduce
import operator
print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.add, [1, 2, 3], 100), reduce(operator.add, [], 'init'))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []), reduce(max, [3, 9, 2]), reduce(operator.mul, [5]))
print(reduce(lambda a, b: a * 10 + b, [1, 2, 3, 4]), reduce(lambda a, b: b + a, 'abc'), reduce(lambda a, b: b + a, 'abc', '>'))
calls = []
def f(a, b):
    calls.append((a, b))
    return a + b
print(reduce(f, range(4), 10), calls)
print(reduce(lambda d, kv: {**d, kv[0]: kv[1]}, [('a', 1), ('b', 2)], {}))
print(reduce(operator.or_, [{1}, {2}, {3, 1}]), reduce(operator.xor, range(10)))
try:
    reduce(operator.add, [])
except TypeError as e:
    print('TypeError', e)
try:
    reduce(operator.add, 5)
except TypeError as e:
    print('TypeError', e)
print(reduce(operator.add, iter([[1], [2]]), []))

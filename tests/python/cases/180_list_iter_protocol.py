it = iter([1, 2, 3])
print(next(it), next(it), list(it), list(it))
print(next(iter([]), 'empty'))
try:
    next(iter(()))
except StopIteration as e:
    print('StopIteration', repr(e))
it2 = iter({'a': 1, 'b': 2})
print(next(it2), next(it2))
t = iter((1, 2, 3))
print(sum(t), sum(t))

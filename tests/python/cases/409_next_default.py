it = iter([1, 2])
print(next(it, 'd'), next(it, 'd'), next(it, 'd'), next(it, None))
g = (x * x for x in range(3))
print(next(g), next(g, -1), next(g, -1), next(g, -1))
print(next(iter([]), 'empty'), next(iter({}), 'empty'), next(iter(''), 0))
def first(pred, seq, default=None):
    return next((x for x in seq if pred(x)), default)
print(first(lambda x: x > 3, [1, 5, 2, 7]), first(lambda x: x > 10, [1, 5]), first(str.isupper, 'abCd', '?'))
try:
    next(iter([]))
except StopIteration as e:
    print('StopIteration', repr(e), e.value)
try:
    next([1, 2])
except TypeError as e:
    print('TypeError', e)
def gen():
    yield 1
    return 'done'
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print('StopIteration value', e.value)
print(next(g, 'after'))

def first(it):
    return next(iter(it))
data = [[1, 2], [], [3]]
try:
    print([first(x) for x in data])
except StopIteration:
    print('StopIteration escaped the list comprehension')
try:
    print({first(x) for x in data})
except StopIteration:
    print('StopIteration escaped the set comprehension')
try:
    print(list(first(x) for x in data))
except RuntimeError as e:
    print('RuntimeError', e, type(e.__cause__).__name__)
def gen():
    yield 1
    next(iter([]))
    yield 2
try:
    print(list(gen()))
except RuntimeError as e:
    print('RuntimeError', e)
g = (first(x) for x in data)
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print('RuntimeError again', e)
print(next(g, 'exhausted'))
it = iter([10, 20, 30])
pairs = [(x, next(it, None)) for x in 'ab']
print(pairs, list(it))
def take_while_next(seq):
    it = iter(seq)
    out = []
    while True:
        try:
            out.append(next(it))
        except StopIteration:
            return out
print(take_while_next('xyz'))

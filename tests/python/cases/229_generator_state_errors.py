def g():
    yield 1
    raise ValueError('inside generator')
it = g()
print(next(it))
try:
    next(it)
except ValueError as e:
    print('ValueError', e)
try:
    next(it)
except StopIteration:
    print('exhausted after error')
def h():
    yield next(iter([]))
try:
    list(h())
except RuntimeError as e:
    print('RuntimeError', e)

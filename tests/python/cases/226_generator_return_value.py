def g():
    yield 1
    return 'value'
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print('StopIteration value:', e.value, e.args)
def empty():
    return
    yield
print(list(empty()))

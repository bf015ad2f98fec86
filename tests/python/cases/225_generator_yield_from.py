def inner():
    yield 1
    yield 2
    return 'inner result'
def outer():
    result = yield from inner()
    print('inner returned', result)
    yield 3
print(list(outer()))
def chain(*iters):
    for it in iters:
        yield from it
print(list(chain([1, 2], 'ab', range(2))))
def tree(n):
    if n:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)
print(list(tree(3)))

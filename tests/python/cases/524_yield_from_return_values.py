def inner(n):
    total = 0
    for i in range(n):
        got = yield i
        if got:
            total += got
    return total
def outer():
    r1 = yield from inner(2)
    print('inner1 returned', r1)
    r2 = yield from inner(3)
    print('inner2 returned', r2)
    return r1 + r2
g = outer()
print(next(g))
print(g.send(10))
print(g.send(None))
print(g.send(5))
print(g.send(7))
try:
    g.send(1)
except StopIteration as e:
    print('StopIteration value', e.value, e.args)
def delegate_list():
    x = yield from [1, 2]
    print('list delegation gives', x)
    y = yield from (i for i in 'ab')
    print('genexpr delegation gives', y)
print(list(delegate_list()))
def ret_only():
    return 'early'
    yield
def wrapper():
    v = yield from ret_only()
    yield v
print(list(wrapper()))
def raise_stop():
    yield 1
    return StopIteration('as value')
out = list(raise_stop())
g = raise_stop()
next(g)
try:
    next(g)
except StopIteration as e:
    print(out, type(e.value).__name__, e.value)

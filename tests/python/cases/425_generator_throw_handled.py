def worker():
    total = 0
    while True:
        try:
            x = yield total
            total += x
        except ValueError as e:
            print('worker caught', e)
            total = -1
        except KeyError:
            print('worker finishing')
            return 'finished'
g = worker()
print(next(g), g.send(5), g.send(6))
print(g.throw(ValueError('bad')))
print(g.send(10))
try:
    g.throw(KeyError('k'))
except StopIteration as e:
    print('StopIteration', e.value)
def passthrough():
    yield 1
    yield 2
g = passthrough()
next(g)
try:
    g.throw(TypeError, 'typed')
except TypeError as e:
    print('TypeError', e)
print(next(g, 'exhausted'))
g = passthrough()
try:
    g.throw(IndexError('before start'))
except IndexError as e:
    print('IndexError', e)
print(list(g))
def delegator():
    r = yield from worker()
    yield 'delegated ' + r
d = delegator()
next(d)
d.send(3)
print(d.throw(ValueError('via yield from')))
print(d.throw(KeyError('end')))

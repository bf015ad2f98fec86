def gen(log):
    try:
        log.append('start')
        yield 1
        try:
            yield 2
        finally:
            log.append('inner finally')
        yield 3
    finally:
        log.append('outer finally')
log = []
print(list(gen(log)), log)
log = []
g = gen(log)
print(next(g), next(g), log)
g.close()
print(log)
log = []
g = gen(log)
next(g)
g.close()  # (not `del g`: finalizing at once is CPython's reference counting, which this interpreter does not have)
print(log)
def gen2():
    try:
        yield 'a'
    finally:
        yield 'from finally'
g = gen2()
next(g)
try:
    g.close()
except RuntimeError as e:
    print('RuntimeError', e)
def gen3():
    for i in range(3):
        try:
            yield i
        finally:
            print('cleanup', i)
g3 = gen3()
for v in g3:
    if v == 1:
        break
g3.close()
print('after loop')

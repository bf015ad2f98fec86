def swallow():
    seen = []
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            seen.append(i)
            continue
    return 'after loop', seen
print(swallow())
def break_swallow():
    while True:
        try:
            return 'from try'
        finally:
            break
    return 'after break'
print(break_swallow())
def gen():
    try:
        yield 1
        yield 2
    finally:
        return
g = gen()
print(next(g), g.close())
def gen2():
    try:
        yield 'a'
        raise KeyError('lost')
    finally:
        return 'finally value'
g2 = gen2()
print(next(g2))
try:
    next(g2)
except StopIteration as e:
    print('StopIteration', e.value)
def counts():
    log = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            log.append(('body', i))
        finally:
            log.append(('fin', i))
    return log
print(counts())

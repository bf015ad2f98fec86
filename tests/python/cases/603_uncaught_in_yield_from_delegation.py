def numbers(limit):
    for i in range(limit):
        yield 10 // (3 - i)
def labelled(limit):
    yield 'start'
    total = yield from numbers(limit)
    yield 'end'
def consume():
    out = []
    for item in labelled(5):
        out.append(item)
        print('got', item)
    return out
consume()

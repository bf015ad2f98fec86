def leaky():
    yield 1
    raise StopIteration('leaked')
g = leaky()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print('RuntimeError', e)
    print('cause', repr(e.__cause__), e.__cause__ is e.__context__)
def via_next():
    it = iter([1, 2])
    while True:
        yield next(it)
try:
    print(list(via_next()))
except RuntimeError as e:
    print('RuntimeError', e, type(e.__cause__).__name__)
def safe():
    it = iter([1, 2])
    while True:
        try:
            yield next(it)
        except StopIteration:
            return
print(list(safe()))
def returns():
    yield 1
    return 5
print(list(returns()))
class It:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
print(list(It()), [x for x in It()])

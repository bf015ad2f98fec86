cases = [Exception(), Exception('one'), Exception('a', 2), Exception(None), ValueError(''), KeyError('k'), KeyError(), KeyError('a', 'b'), OSError(2, 'No such file')]
for e in cases:
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
e = Exception('x')
e.args = ('changed', 1)
print(str(e), repr(e))
class MyErr(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
m = MyErr(404, 'not found')
print(m.args, str(m), repr(m), m.code)
class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a
n = NoSuper(1, 2)
print(n.args, repr(str(n)))
print(StopIteration(5).value, StopIteration().value, SystemExit(3).code, SystemExit().code)
print(repr(AttributeError('x', name='n', obj=None)), repr(IndexError(1)))

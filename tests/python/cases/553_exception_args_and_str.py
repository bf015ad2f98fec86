class NoArgs(Exception):
    pass
class WithInit(Exception):
    def __init__(self, code, msg):
        self.code = code
        self.msg = msg
class WithSuper(Exception):
    def __init__(self, code, msg):
        super().__init__(f'[{code}] {msg}')
        self.code = code
class WithStr(Exception):
    def __str__(self):
        return 'custom: ' + ', '.join(map(str, self.args))
for e in [NoArgs(), NoArgs('one'), NoArgs('a', 2), WithInit(404, 'nf'), WithSuper(500, 'boom'), WithStr(1, 'x')]:
    print(type(e).__name__, repr(str(e)), repr(e), e.args)
w = WithInit(1, 'm')
w.args = ('replaced',)
print(str(w), repr(w))
e = ValueError()
e.args = [1, 2]
print(e.args, type(e.args).__name__, str(e))
print(str(KeyError('k')), str(KeyError('a', 'b')), str(KeyError()), repr(KeyError('k')))
print(str(Exception(None)), repr(Exception(None)), str(Exception('')), repr(Exception((1,))))
print(str(OSError(2, 'No such file')), str(OSError(2, 'No such file', 'f.txt')), OSError('just one').errno)
class Rich(Exception):
    def __repr__(self):
        return 'Rich!'
print(str(Rich('r')), repr(Rich('r')), f'{Rich("x")}', f'{Rich("x")!r}')
try:
    raise WithSuper(7, 'seven')
except Exception as ex:
    print('caught', ex, ex.code)

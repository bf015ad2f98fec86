e1 = ValueError()
e2 = ValueError('msg')
e3 = ValueError('a', 2)
e4 = KeyError('k')
e5 = Exception(None)
for e in [e1, e2, e3, e4, e5, KeyError(), IndexError(0)]:
    print(repr(e), '|', str(e), '|', e.args)
print(str(KeyError('a b')), str(KeyError(1, 2)))
print(isinstance(e2, Exception), isinstance(e2, BaseException))

def show(e):
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        raise KeyError('orig')
    except KeyError:
        raise ValueError('clean') from None
except ValueError as e:
    show(e)
e = RuntimeError('x')
show(e)
e.__suppress_context__ = True
show(e)
try:
    try:
        raise KeyError('a')
    except KeyError as k:
        err = ValueError('b')
        err.__suppress_context__ = True
        raise err
except ValueError as e:
    show(e)
try:
    try:
        raise KeyError('inner')
    except KeyError:
        raise ValueError('outer') from None
except ValueError as e:
    e.__cause__ = None
    print(e.__suppress_context__, e.__context__ is not None)
try:
    raise ValueError('already caused') from IndexError('c')
except ValueError as e:
    show(e)

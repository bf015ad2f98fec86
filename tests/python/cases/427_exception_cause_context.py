def show(e):
    print(type(e).__name__, repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('implicit')
except ValueError as e:
    show(e)
try:
    try:
        {}['k']
    except KeyError as k:
        raise RuntimeError('explicit') from k
except RuntimeError as e:
    show(e)
try:
    raise TypeError('direct') from ValueError('cause only')
except TypeError as e:
    show(e)
try:
    try:
        raise IndexError('first')
    except IndexError:
        try:
            raise KeyError('second')
        except KeyError:
            raise AttributeError('third')
except AttributeError as e:
    show(e)
    show(e.__context__)
e = ValueError('manual')
e.__cause__ = KeyError('set')
print(repr(e.__cause__), e.__suppress_context__)
try:
    raise ValueError from 5
except TypeError as t:
    print('TypeError', t)

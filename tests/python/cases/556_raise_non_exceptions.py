try:
    raise ValueError
except ValueError as e:
    print(type(e).__name__, e.args, repr(e))
try:
    raise 'string'
except TypeError as e:
    print('TypeError', e)
try:
    raise 42
except TypeError as e:
    print('TypeError', e)
class NotExc:
    pass
try:
    raise NotExc
except TypeError as e:
    print('TypeError', e)
try:
    raise ValueError('x') from 5
except TypeError as e:
    print('TypeError', e)
try:
    try:
        raise KeyError('k')
    except NotExc:
        print('never')
except TypeError as e:
    print('TypeError', e, type(e.__context__).__name__)
try:
    try:
        raise KeyError('k')
    except (ValueError, 'str'):
        print('never')
except TypeError as e:
    print('TypeError', e)
try:
    raise ValueError('from class') from KeyError
except ValueError as e:
    print(repr(e.__cause__), e.__suppress_context__)
class Factory(Exception):
    def __init__(self):
        super().__init__('built by raise Class')
try:
    raise Factory
except Factory as e:
    print(e)
try:
    raise
except RuntimeError as e:
    print('RuntimeError', e)

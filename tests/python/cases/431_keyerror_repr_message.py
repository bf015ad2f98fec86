for key in ['name', 42, ('a', 1), '', None, 3.5, "quote'd", 'multi\nline']:
    try:
        {}[key]
    except KeyError as e:
        print(repr(str(e)), repr(e), e.args)
try:
    raise KeyError('a', 'b')
except KeyError as e:
    print(str(e), repr(e))
try:
    raise KeyError()
except KeyError as e:
    print(repr(str(e)), repr(e))
try:
    {1: 2}.pop(3)
except KeyError as e:
    print('pop', repr(e))
try:
    set().remove('x')
except KeyError as e:
    print('remove', repr(e))
try:
    {}.popitem()
except KeyError as e:
    print('popitem', str(e))
class LookupDict(dict):
    def __missing__(self, key):
        raise KeyError(f'no {key!r} here')
try:
    LookupDict()['zz']
except KeyError as e:
    print(str(e))

try:
    raise ValueError('base')
except ValueError as e:
    e.add_note('extra context')
    print(e, e.__notes__)
err = KeyError('x')
print(err.__traceback__ is None)
try:
    raise err
except KeyError as e:
    print(e.__traceback__ is not None, e is err)
class E(Exception):
    pass
try:
    raise E
except E as e:
    print(repr(e), e.args)

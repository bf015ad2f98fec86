def risky():
    raise ValueError('original')
def wrapper():
    try:
        risky()
    except ValueError:
        print('logging and re-raising')
        raise
try:
    wrapper()
except ValueError as e:
    print('caught again:', e)
def rethrow_other():
    try:
        risky()
    except ValueError as e:
        err = e
    raise err
try:
    rethrow_other()
except ValueError as e:
    print('rethrown:', e)
try:
    raise
except RuntimeError as e:
    print('RuntimeError', e)

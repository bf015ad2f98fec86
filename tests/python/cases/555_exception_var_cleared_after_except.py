e = 'before'
try:
    raise ValueError('inside')
except ValueError as e:
    print('in handler', e)
try:
    print(e)
except NameError as err:
    print('NameError', err)
def f():
    x = 1
    try:
        1 / 0
    except ZeroDivisionError as x:
        pass
    return x
try:
    f()
except UnboundLocalError as err:
    print('UnboundLocalError', err)
saved = None
try:
    int('x')
except ValueError as exc:
    saved = exc
print(type(saved).__name__, saved)
def g():
    try:
        raise KeyError('k')
    except KeyError as err:
        def inner():
            return err
        return inner
try:
    print(g()())
except NameError as ne:
    print('NameError', ne)
for i in range(2):
    try:
        raise IndexError(i)
    except IndexError as last:
        keep = last
print(keep, 'last' in dir())

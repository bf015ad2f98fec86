def classify(f):
    try:
        f()
    except (KeyError, IndexError) as e:
        return 'lookup: ' + type(e).__name__
    except (TypeError, ValueError):
        return 'bad value'
    return 'ok'
print(classify(lambda: [][1]), classify(lambda: {}[0]), classify(lambda: int('z')), classify(lambda: 1))
e = 'before'
try:
    raise RuntimeError('x')
except RuntimeError as e:
    pass
try:
    print(e)
except NameError as err:
    print('NameError', err)

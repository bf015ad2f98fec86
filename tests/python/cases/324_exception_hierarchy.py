tests = [lambda: {}['k'], lambda: [][0], lambda: 1 / 0, lambda: int('x'), lambda: None.x, lambda: undefined_name]
for t in tests:
    try:
        t()
    except LookupError as e:
        print('LookupError', type(e).__name__)
    except ArithmeticError as e:
        print('ArithmeticError', type(e).__name__)
    except Exception as e:
        print('Exception', type(e).__name__)
for cls in [KeyError, IndexError, ZeroDivisionError, ValueError, UnboundLocalError, RecursionError, NotImplementedError, StopIteration, KeyboardInterrupt, SystemExit, FileNotFoundError]:
    print(cls.__name__, [k.__name__ for k in cls.__mro__[1:]])

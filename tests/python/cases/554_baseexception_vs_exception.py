for cls in [KeyboardInterrupt, SystemExit, GeneratorExit, StopIteration, ArithmeticError, Warning, UserWarning]:
    print(cls.__name__, issubclass(cls, Exception), issubclass(cls, BaseException), cls.__bases__[0].__name__)
def try_catch(exc):
    try:
        try:
            raise exc
        except Exception as e:
            return 'Exception caught ' + type(e).__name__
    except BaseException as e:
        return 'only BaseException caught ' + type(e).__name__
for exc in [KeyboardInterrupt(), SystemExit(3), GeneratorExit(), ValueError('v'), StopIteration()]:
    print(try_catch(exc))
try:
    raise KeyboardInterrupt
except KeyboardInterrupt as e:
    print('KeyboardInterrupt', repr(e), e.args)
s = SystemExit(5)
print(s.code, SystemExit().code, SystemExit('msg').code, SystemExit(1, 2).code)
try:
    try:
        raise SystemExit(2)
    except:
        print('bare except catches SystemExit')
        raise
except SystemExit as e:
    print('re-raised', e.code)
class MyBase(BaseException):
    pass
try:
    try:
        raise MyBase('custom base')
    except Exception:
        print('wrong')
except BaseException as e:
    print('MyBase escaped Exception handler:', e)
print(BaseException.__subclasses__ is not None, Exception.__mro__[-2].__name__)

import sys
try:
    sys.exit(2)
except Exception:
    print('Exception catches SystemExit?')
except BaseException as e:
    print('BaseException catches', type(e).__name__, e.code)
try:
    raise KeyboardInterrupt
except Exception:
    print('wrong')
except KeyboardInterrupt as e:
    print('KeyboardInterrupt caught', repr(e))
print(issubclass(SystemExit, Exception), issubclass(GeneratorExit, BaseException))

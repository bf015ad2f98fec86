class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            print('suppressed', et.__name__, ev)
            return True
        return False
with Suppress(ZeroDivisionError):
    print('before')
    1 / 0
    print('not reached')
print('after')
try:
    with Suppress(KeyError):
        [][1]
except IndexError as e:
    print('not suppressed:', e)
def f():
    with Suppress(ValueError):
        return 'returned from with'
print(f())

def f(a, b=1):
    """Docstring here."""
    return a
print(f.__name__, f.__doc__, f.__defaults__)
f.custom = 'attr'
print(f.custom, hasattr(f, 'custom'))
def g():
    pass
print(g.__doc__, g.__qualname__)
class C:
    def method(self):
        def inner():
            pass
        return inner
print(C.method.__qualname__, C().method().__qualname__)
print(callable(f), callable(5), callable(C), callable(C()))

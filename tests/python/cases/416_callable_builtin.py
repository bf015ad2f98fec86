class WithCall:
    def __call__(self):
        return 'called'
class Without:
    pass
def f():
    pass
class M:
    def meth(self):
        pass
    @classmethod
    def cm(cls):
        pass
items = [f, lambda: 0, len, int, Without, Without(), WithCall(), 'str', 5, None, print, [].append, str.upper, type, M().meth, M.meth, M.cm, WithCall().__call__]
for x in items:
    name = getattr(x, '__name__', type(x).__name__)
    print(name, callable(x))
w = Without()
w.__call__ = lambda: 'inst'
print(callable(w))
try:
    w()
except TypeError as e:
    print('TypeError', e)
Without.__call__ = lambda self: 'class-level'
print(callable(w), w())
import functools
print(callable(functools.partial(f)), callable(staticmethod(f)))

def f():
    pass
g = lambda: 0
print(type(f).__name__, type(g).__name__, type(print).__name__, type(len).__name__)
class C:
    def m(self):
        pass
print(type(C.m).__name__, type(C().m).__name__)
print(f.__name__, g.__name__, print.__name__)

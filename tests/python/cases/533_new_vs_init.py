class Singleton:
    _instance = None
    def __new__(cls, *args):
        print('__new__', cls.__name__, args)
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, value):
        print('__init__', value)
        self.value = value
a = Singleton(1)
b = Singleton(2)
print(a is b, a.value)
class ReturnsOther:
    def __new__(cls):
        return 42
    def __init__(self):
        print('never printed')
print(ReturnsOther())
class Sub(ReturnsOther):
    pass
print(Sub())
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    def __init__(self, x, y):
        print('Point.__init__', x, y, tuple(self))
p = Point(3, 4)
print(p, len(p), p[0], type(p).__name__)
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
u = Upper('hello')
print(u, u + '!', isinstance(u, str), type(u).__name__)
class Child(Singleton):
    _instance = None
c = Child(7)
print(c is a, c.value, a.value)
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print('TypeError', e)

class Temperature:
    scale = 'C'
    def __init__(self, degrees):
        self.degrees = degrees
    @classmethod
    def from_fahrenheit(cls, f):
        return cls.from_celsius((f - 32) * 5 / 9)
    @classmethod
    def from_celsius(cls, c):
        obj = cls(round(c, 2))
        obj.made_by = cls.__name__
        return obj
    @classmethod
    def describe(cls):
        return f'{cls.__name__} in {cls.scale}'
    def __repr__(self):
        return f'{type(self).__name__}({self.degrees})'
class Kelvinish(Temperature):
    scale = 'K'
    def __init__(self, degrees):
        super().__init__(degrees + 273.15)
t = Temperature.from_fahrenheit(212)
k = Kelvinish.from_fahrenheit(32)
print(t, t.made_by, k, k.made_by)
print(Temperature.describe(), Kelvinish.describe(), k.describe())
m = Kelvinish.from_celsius
print(m.__self__.__name__, m.__func__ is Temperature.__dict__['from_celsius'].__func__)
class Chain:
    def __init__(self, items=()):
        self.items = list(items)
    @classmethod
    def empty(cls):
        return cls()
    def add(self, x):
        return type(self)(self.items + [x])
class TaggedChain(Chain):
    pass
c = TaggedChain.empty().add(1).add(2)
print(type(c).__name__, c.items)
print(Temperature.from_celsius(10).from_celsius(20).degrees)

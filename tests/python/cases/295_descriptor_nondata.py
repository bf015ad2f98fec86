class Lazy:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, owner):
        if obj is None:
            return self
        print('computing', self.fn.__name__)
        value = self.fn(obj)
        obj.__dict__[self.fn.__name__] = value
        return value
class Data:
    @Lazy
    def total(self):
        return sum(range(10))
d = Data()
print(d.total)
print(d.total)

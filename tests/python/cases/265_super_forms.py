class Base:
    def __init__(self, v):
        self.v = v
        print('Base init', v)
    def hello(self):
        return 'Base.hello'
class Mid(Base):
    def __init__(self, v):
        super().__init__(v * 2)
        print('Mid init')
    def hello(self):
        return 'Mid>' + super(Mid, self).hello()
class Leaf(Mid):
    def __init__(self):
        super(Leaf, self).__init__(5)
    def hello(self):
        return 'Leaf>' + super().hello()
obj = Leaf()
print(obj.v, obj.hello())
print(Base.hello(obj), Mid.hello(obj))

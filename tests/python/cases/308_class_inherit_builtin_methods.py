class Base:
    def __init__(self):
        self.log = []
    def do(self, x):
        self.log.append(('base', x))
        return self
class Child(Base):
    def do(self, x):
        self.log.append(('child', x))
        return super().do(x * 10)
c = Child()
c.do(1).do(2)
print(c.log)
print(Child.do is Base.do, Child.__dict__.get('do') is not None, 'do' in Base.__dict__)

class Base:
    base_attr = 1
    def base_method(self):
        pass
class Child(Base):
    child_attr = 2
    def __init__(self):
        self.inst = 3
    def child_method(self):
        pass
    @property
    def prop(self):
        return 4
    @staticmethod
    def sm():
        pass
def public(names):
    return [n for n in names if not n.startswith('__')]
print(public(dir(Child)))
print(public(dir(Child())))
print(public(dir(Base)))
c = Child()
c.extra = 5
print(public(dir(c)))
print(dir(c) == sorted(dir(c)), '__init__' in dir(c), '__class__' in dir(c))
class Custom:
    def __dir__(self):
        return ['zeta', 'alpha', 'mid']
print(dir(Custom()))

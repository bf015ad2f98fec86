class Meta(type):
    def __new__(mcls, name, bases, ns):
        print('creating class', name, sorted(k for k in ns if not k.startswith('__')))
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = name.lower()
        return cls
    def __call__(cls, *args):
        print('instantiating', cls.__name__, args)
        return super().__call__(*args)
class Base(metaclass=Meta):
    def method(self):
        pass
class Child(Base):
    x = 1
c = Child()
print(Base.tag, Child.tag, type(Child).__name__, type(Meta).__name__)

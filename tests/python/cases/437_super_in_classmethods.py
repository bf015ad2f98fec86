class Base:
    registry = []
    @classmethod
    def create(cls, *args):
        obj = cls.__new__(cls)
        obj.args = args
        cls.registry.append(cls.__name__)
        return obj
    @classmethod
    def describe(cls):
        return f'Base.describe for {cls.__name__}'
    @staticmethod
    def helper():
        return 'base helper'
class Child(Base):
    @classmethod
    def create(cls, *args):
        obj = super().create(*args, 'child-extra')
        return obj
    @classmethod
    def describe(cls):
        return 'Child -> ' + super().describe()
    @staticmethod
    def helper():
        return 'child helper + ' + super(Child, Child).helper()
class GrandChild(Child):
    @classmethod
    def describe(cls):
        return 'GrandChild -> ' + super().describe()
print(Child.create(1).args, GrandChild.create(2).args, Base.registry)
print(Child.describe())
print(GrandChild.describe())
print(GrandChild().describe())
print(Child.helper())
print(super(Child, GrandChild).describe())

class Base:
    def __init_subclass__(cls, **kwargs):
        print('Base.__init_subclass__', cls.__name__, sorted(kwargs))
        super().__init_subclass__(**kwargs)
class TagMixin:
    def __init_subclass__(cls, tag='untagged', **kwargs):
        print('TagMixin sees', cls.__name__, tag)
        cls.tag = tag
        super().__init_subclass__(**kwargs)
class LevelMixin:
    def __init_subclass__(cls, level=0, **kwargs):
        print('LevelMixin sees', cls.__name__, level)
        cls.level = level
        super().__init_subclass__(**kwargs)
class Combined(TagMixin, LevelMixin, Base):
    pass
class Leaf(Combined, tag='leaf', level=3):
    pass
print(Combined.tag, Combined.level, Leaf.tag, Leaf.level)
print(TagMixin.__init_subclass__.__self__ is TagMixin, type(Base.__dict__['__init_subclass__']).__name__)
class Counting:
    count = 0
    def __init_subclass__(cls):
        Counting.count += 1
        cls.serial = Counting.count
class A(Counting): pass
class B(A): pass
class C(Counting): pass
print(A.serial, B.serial, C.serial, Counting.count, hasattr(Counting, 'serial'))
class OverrideInChild(Counting):
    def __init_subclass__(cls, **kw):
        print('child hook for', cls.__name__, kw)
class D(OverrideInChild, extra=1):
    pass
print(Counting.count, D.serial)

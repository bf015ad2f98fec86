class Field:
    order = []
    def __init__(self, default=None):
        self.default = default
    def __set_name__(self, owner, name):
        Field.order.append((owner.__name__, name))
        self.name = name
        self.private = '_' + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)
    def __set__(self, obj, value):
        print('set', self.name, '=', value)
        setattr(obj, self.private, value)
class Point:
    x = Field(0)
    y = Field(0)
    label = Field('none')
p = Point()
print(p.x, p.y, p.label)
p.x = 3
p.label = 'origin'
print(p.x, p.y, p.label, p.__dict__)
print(Field.order)
print(type(Point.x).__name__, Point.y.name, Point.label.private)
class Sub(Point):
    z = Field(9)
print(Field.order[-1], Sub().z)
f = Field()
class Late:
    pass
Late.w = f
print(hasattr(f, 'name'))
f.__set_name__(Late, 'w')
print(f.name)
Dyn = type('Dyn', (), {'a': Field(1), 'b': Field(2)})
print(Field.order[-2:], Dyn().b)
class Shared:
    one = two = Field()
print(Shared.one.name, Field.order[-2:])

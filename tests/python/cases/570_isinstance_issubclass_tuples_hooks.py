class Shape: pass
class Circle(Shape): pass
class Square(Shape): pass
class Other: pass
print(isinstance(Circle(), (Square, Shape)), isinstance(Other(), (Circle, (Square, (Shape,)))))
print(issubclass(Circle, (Other, Shape)), issubclass(bool, (str, (float, int))), issubclass(Circle, ()))
print(isinstance(3, (int, str)), isinstance(True, int), isinstance(3.0, int), isinstance(None, type(None)))
try:
    issubclass(Circle(), Shape)
except TypeError as e:
    print('TypeError', e)
try:
    isinstance(1, [int])
except TypeError as e:
    print('TypeError', e)
class Meta(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, 'quack')
    def __subclasscheck__(cls, sub):
        return hasattr(sub, 'quack')
class Duck(metaclass=Meta):
    pass
class Mallard:
    quack = True
class Rock:
    pass
print(isinstance(Mallard(), Duck), isinstance(Rock(), Duck), issubclass(Mallard, Duck), issubclass(Rock, Duck))
print(isinstance(Mallard(), (int, Duck)), isinstance(Duck(), Duck))
print(isinstance(Circle, type), isinstance(type, type), isinstance(type, object), issubclass(type, object))
print(isinstance(int, type), issubclass(Meta, type), type(Duck).__name__, isinstance(Duck, Meta))
class FakeClass:
    __class__ = Shape
print(isinstance(FakeClass(), Shape), type(FakeClass()).__name__)

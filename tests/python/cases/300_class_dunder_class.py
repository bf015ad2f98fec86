class A:
    def clone(self):
        return self.__class__()
    def kind(self):
        return self.__class__.__name__
class B(A):
    pass
b = B()
print(type(b.clone()).__name__, b.kind(), b.__class__ is B, B.__class__.__name__)
print(A.__name__, A.__qualname__, A.__module__, B.__base__.__name__)
print(isinstance(A, type), isinstance(b, object), object.__name__)

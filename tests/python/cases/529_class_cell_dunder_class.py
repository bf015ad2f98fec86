class A:
    def which(self):
        return __class__
    def nested(self):
        def inner():
            return __class__.__name__
        return inner()
    def via_super(self):
        return super().__repr__ is not None
class B(A):
    def which(self):
        return (__class__.__name__, super().which().__name__)
b = B()
print(A().which().__name__, b.which(), b.nested(), type(b).__name__)
def outside(self):
    return 'plain function'
B.extra = outside
print(b.extra())
moved = A.__dict__['which']
class Unrelated:
    pass
Unrelated.which = moved
print(Unrelated().which().__name__)
class Outer:
    class Inner:
        def cls_name(self):
            return __class__.__qualname__
    def cls_name(self):
        return __class__.__qualname__
print(Outer().cls_name(), Outer.Inner().cls_name())
class Reassigned:
    def get(self):
        return __class__
R = Reassigned
class Reassigned:
    pass
print(R().get() is R, R().get() is Reassigned)
class WithLambda:
    f = lambda self: type(self).__name__
    def g(self):
        return (lambda: __class__.__name__)()
print(WithLambda().f(), WithLambda().g())

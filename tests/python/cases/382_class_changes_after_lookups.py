# Lookups are cached per class version: a class whose dict changes (or a
# base's) must be looked up again, for methods and for __getattribute__.
class A:
    def f(self):
        return "A.f"


class B(A):
    pass


b = B()
for i in range(3):
    print(b.f())
A.f = lambda self: "new A.f"
print(b.f())
B.f = lambda self: "B.f"
print(b.f(), B().f())
del B.f
print(b.f())
print(b.x if hasattr(b, "x") else "no x")


def ga(self, name):
    return "intercepted " + name


A.__getattribute__ = ga
print(b.anything, b.f)
del A.__getattribute__
try:
    b.anything
except AttributeError as e:
    print("AttributeError:", e)
A.g = 5
print(b.g, B.g)

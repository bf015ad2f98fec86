# the reprs of staticmethod and classmethod objects (3.10+: they show the function they wrap)
def f():
    pass
s = staticmethod(f)
c = classmethod(f)
print(repr(s).split(" at ")[0], repr(c).split(" at ")[0])
print(repr(s).endswith(">)>"), repr(c).endswith(">)>"))
class K:
    @staticmethod
    def g():
        return 1
print(repr(K.__dict__["g"]).startswith("<staticmethod(<function K.g at "))

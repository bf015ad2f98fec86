# Attributes read from a class itself (C.x) at one instruction, while the
# class, its bases, the value's class and the metaclass change: each read
# sees what CPython sees (the interpreter caches such reads per instruction).
class Strength:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return 'Strength(%d)' % self.n

class Base:
    K = 1
    S = Strength(3)
    def f(self):
        return 'f'

class Sub(Base):
    pass

def read(c):
    return (c.K, c.S, c.f.__name__)

out = []
for i in range(6):
    if i == 1:
        Base.K = 10          # the class's own dict changes
    if i == 2:
        Sub.K = 20           # a subclass shadows it
    if i == 3:
        del Sub.K
    if i == 4:
        Strength.__get__ = lambda self, obj, cls: 'bound %s' % cls.__name__   # the value's class gets __get__
    if i == 5:
        def g(self):
            return 'g'
        g.__name__ = 'g'
        Base.f = g
    out.append((read(Base), read(Sub)))
for o in out:
    print(o)

class Meta(type):
    @property
    def K(cls):
        return 'meta K'

class WithMeta(metaclass=Meta):
    K = 'own K'

class Plain:
    K = 'plain K'

for c in [Plain, WithMeta, Plain, WithMeta]:
    print(c.K)

class Nested:
    class Inner:
        pass
    T = int
print([Nested.Inner.__name__ for _ in range(3)], Nested.T('5') + 1)

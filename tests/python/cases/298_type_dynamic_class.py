def init(self, v):
    self.v = v
Dyn = type('Dyn', (object,), {'__init__': init, 'double': lambda self: self.v * 2, 'k': 7})
d = Dyn(21)
print(type(d).__name__, d.double(), Dyn.k, Dyn.__bases__[0].__name__)
print(type(5) is int, type(int).__name__, type(type).__name__)
Sub = type('Sub', (Dyn,), {})
print(Sub(1).double(), [c.__name__ for c in Sub.__mro__])

class C:
    def __init__(self, n):
        self.n = n
    def get(self):
        return self.n
a, b = C(1), C(2)
m = a.get
print(m(), m.__self__ is a, m.__func__ is C.get, C.get(b))
fs = [C(i).get for i in range(3)]
print([f() for f in fs])
a.get = lambda: 'instance override'
print(a.get(), b.get())
C.extra = lambda self: self.n * 100
print(a.extra(), b.extra())

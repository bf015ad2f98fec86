class Acc:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print('__add__')
        return Acc(self.v + (o.v if isinstance(o, Acc) else o))
    def __radd__(self, o):
        print('__radd__')
        return Acc(o + self.v)
    def __iadd__(self, o):
        print('__iadd__')
        self.v += o
        return self
    def __repr__(self):
        return f'Acc({self.v})'
a = Acc(1)
print(a + 2)
print(10 + a)
b = a
a += 5
print(a, b, a is b)
print(sum([Acc(1), Acc(2)]))

class Record:
    fields = ('name', 'qty', 'price')
    def __init__(self, *args, **kwargs):
        for f, a in zip(self.fields, args):
            setattr(self, f, a)
        for k, v in kwargs.items():
            if k not in self.fields:
                raise TypeError(f'unexpected field {k!r}')
            setattr(self, k, v)
    def __repr__(self):
        inner = ', '.join(f'{f}={getattr(self, f)!r}' for f in self.fields)
        return f'{type(self).__name__}({inner})'
    def __eq__(self, other):
        return type(self) is type(other) and all(getattr(self, f) == getattr(other, f) for f in self.fields)
r1 = Record('pen', 3, price=1.5)
r2 = Record('pen', qty=3, price=1.5)
print(r1, r1 == r2, r1 != Record('pen', 4, 1.5))
try:
    Record('x', color='red')
except TypeError as e:
    print('TypeError', e)

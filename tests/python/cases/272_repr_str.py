class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'V({self.x!r}, {self.y!r})'
class W(V):
    def __str__(self):
        return f'<{self.x}, {self.y}>'
v = V(1, 'a')
w = W(2, 'b')
print(v, str(v), repr(v), [v])
print(w, str(w), repr(w), [w], f'{w}', f'{w!r}')
print('%s %r' % (w, w), '{} {!r}'.format(w, w))

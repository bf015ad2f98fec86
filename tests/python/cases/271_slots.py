class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print('AttributeError', e)
print(hasattr(p, '__dict__'), P.__slots__)
q = P.__new__(P)
try:
    q.x
except AttributeError as e:
    print('AttributeError', e)

class Point:
    kind = 'pt'
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
print(vars(p))
vars(p)['z'] = 3
print(p.z, sorted(vars(p)))
p.__dict__.update(w=4)
print(p.w, vars(p) is p.__dict__)
print('kind' in vars(Point), 'x' in vars(Point), vars(Point)['kind'])
def f():
    a = 1
    b = 'two'
    return sorted(vars().items())
print(f())
class S:
    __slots__ = ('a',)
try:
    vars(S())
except TypeError as e:
    print('TypeError', e)
try:
    vars(5)
except TypeError as e:
    print('TypeError', e)

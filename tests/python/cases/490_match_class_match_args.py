class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
class Point3(Point):
    __match_args__ = ('x', 'y', 'z')
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
def classify(p):
    match p:
        case Point3(0, 0, 0):
            return 'origin3'
        case Point3(x, y, z=5):
            return f'p3 z5 {x},{y}'
        case Point(0, y):
            return f'on y axis at {y}'
        case Point(x, 0) if x > 0:
            return f'positive x axis {x}'
        case Point(x=x, y=y) if x == y:
            return f'diagonal {x}'
        case Point(_, y=yy):
            return f'other y={yy}'
        case int(n) | float(n):
            return f'number {n}'
        case str() as s:
            return f'string {s!r}'
        case _:
            return 'unknown'
for v in [Point3(0, 0, 0), Point3(1, 2, 5), Point(0, 7), Point(3, 0), Point(-3, 0), Point(4, 4), 5, 2.5, 'hi', None]:
    print(classify(v))
class NoArgs:
    def __init__(self):
        self.a = 1
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print('TypeError', e)
class TooFew:
    __match_args__ = ('a',)
    a = 1
try:
    match TooFew():
        case TooFew(1, 2):
            pass
except TypeError as e:
    print('TypeError', e)

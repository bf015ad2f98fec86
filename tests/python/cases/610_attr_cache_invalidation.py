# attribute reads and writes at one place in the code see every change of the class or the instance
class Base:
    kind = "base"
    def greet(self):
        return "base greet"

class Point(Base):
    def __init__(self, x):
        self.x = x

def read_x(p):
    return p.x

def read_kind(p):
    return p.kind

def call_greet(p):
    return p.greet()

def bound_greet(p):
    m = p.greet
    return m()

def set_x(p, v):
    p.x = v

def add_y(p, v):
    p.y = v

points = [Point(i) for i in range(3)]
for p in points:
    print(read_x(p), read_kind(p), call_greet(p), bound_greet(p))
# a class attribute changes, in the class and in its base
Point.kind = "point"
print(read_kind(points[0]))
del Point.kind
Base.kind = "changed base"
print(read_kind(points[1]))
# a method replaced in the base, then overridden in the subclass
Base.greet = lambda self: "new base greet"
print(call_greet(points[0]), bound_greet(points[0]))
Point.greet = lambda self: "point greet"
print(call_greet(points[0]), bound_greet(points[0]))
# an instance attribute shadows the method
points[1].greet = lambda: "instance greet"
print(call_greet(points[1]), call_greet(points[2]))
# a property added to the class takes over the instance attribute
for p in points:
    set_x(p, 10)
Point.x = property(lambda self: "property x")
print(read_x(points[0]))
try:
    set_x(points[0], 5)
except AttributeError as e:
    print("AttributeError", e)
del Point.x
print(read_x(points[0]))
# __setattr__ added later
def loud_setattr(self, name, value):
    print("setting", name)
    object.__setattr__(self, name, value)
Point.__setattr__ = loud_setattr
set_x(points[0], 7)
del Point.__setattr__
set_x(points[0], 8)
print(read_x(points[0]))
# __class__ changed
class Other:
    kind = "other"
    def greet(self):
        return "other greet"
o = Point(1)
print(read_kind(o), call_greet(o))
o.__class__ = Other
print(read_kind(o), call_greet(o), read_x(o))
# new attributes in the same order share a layout; in another order they do not
for i in range(3):
    q = Point(i)
    add_y(q, i * 2)
    print(q.y, q.x, sorted(vars(q)))
r = Point(0)
r.z = 1
add_y(r, 5)
print(r.y, r.z)
# an attribute deleted (the instance's dict is made real)
s = Point(3)
print(read_x(s))
del s.x
try:
    read_x(s)
except AttributeError as e:
    print("AttributeError", e)
s.x = 4
print(read_x(s), s.__dict__)
# __getattr__ answers what is missing, the cache only what is there
class Lazy:
    def __init__(self):
        self.present = 1
    def __getattr__(self, name):
        return "lazy " + name
def read_present(o):
    return o.present
lz = Lazy()
print(read_present(lz), read_present(lz))
del lz.present
print(read_present(lz))

# Float attributes (stored in cells of their own and read as new floats):
# replaced by other types, through __dict__, vars, getattr/setattr, copy and
# deepcopy, __slots__, del, float subclasses, and in compiled loops.
import copy
class P:
    def __init__(self, x):
        self.x = x
        self.y = 2.5
p = P(1.5)
print(p.x, p.y, type(p.x), vars(p))
p.x = 3            # float cell replaced by an int
print(p.x, type(p.x))
p.x = 0.25
print(p.x)
p.y /= 2
print(p.y, p.__dict__)
p.__dict__['y'] = 9.0
print(p.y)
p.y += 1.0
print(p.y, p.__dict__)
del p.x
print(hasattr(p, 'x'), vars(p))
q = copy.copy(P(7.0)); q.x *= 2; print(q.x, vars(q))
r = copy.deepcopy(q); r.y = -0.0; print(r.y, q.y, str(r.y))
class S:
    __slots__ = ('a', 'b')
s = S(); s.a = 1e300; s.b = float('nan'); s.a *= 10
print(s.a, s.b, s.b != s.b)
v = 1.5
p2 = P(v)
print(p2.x == v)
class F(float): pass
p2.x = F(2.5)
print(type(p2.x).__name__, p2.x)
setattr(p2, 'z', 4.0); print(getattr(p2, 'z'), p2.z + 1)
t = 0.0
for i in range(5000):
    p2.y = p2.y * 0.5 + i
    t += p2.y
print(t, p2.y)
pts = [P(float(i)) for i in range(3000)]
for pt in pts:
    pt.x /= 3.0
    pt.y = pt.x if pt.x > 1.0 else 1
print(sum(pt.x for pt in pts), sum(pt.y for pt in pts), pts[5].y, type(pts[0].y))

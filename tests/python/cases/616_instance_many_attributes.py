# Instances keep their first attributes in fields of their own and the
# rest in an overflow list: every index on both sides, in a hot loop too
# (the JIT compiles the accesses), stores that grow the map past the
# inline slots, __dict__ made real mid-way, deletion, and __slots__.
class C:
    pass


def fill(obj, n):
    for i in range(n):
        setattr(obj, "a%d" % i, i * i)


c = C()
fill(c, 12)
print([getattr(c, "a%d" % i) for i in range(12)])
c.a4 = "four"
c.a5 = "five"
c.a11 = 11.5
print(c.a4, c.a5, c.a11, c.a0)


class P:
    def __init__(self, k):
        self.a = k
        self.b = k + 1
        self.c = k + 2
        self.d = k + 3
        self.e = k + 4
        self.f = k + 5
        self.g = k + 6

    def total(self):
        return self.a + self.b + self.c + self.d + self.e + self.f + self.g


s = 0
for k in range(3000):
    p = P(k)
    p.e += 1
    p.f += 1
    s += p.total()
print(s)

# the same class, instances with attributes in different orders and numbers
objs = []
for k in range(2000):
    o = C()
    if k % 3 == 0:
        o.x = k
        o.y = k * 2
    elif k % 3 == 1:
        o.y = k * 2
        o.x = k
    else:
        fill(o, 8)
        o.x = k
        o.y = k * 2
    objs.append(o)
print(sum(o.x + o.y for o in objs), sum(o.a7 for o in objs if hasattr(o, "a7")))

d = C()
fill(d, 9)
vars(d)["a8"] = "via dict"
d.a2 = "after dict"
print(d.a8, d.a2, d.a6, sorted(vars(d))[:3], len(vars(d)))
del d.a0
print(hasattr(d, "a0"), d.a1)

e = C()
fill(e, 7)
del e.a6
e.a6 = "again"
del e.a1
print(e.a6, hasattr(e, "a1"), e.a5)


class S:
    __slots__ = ("p", "q", "r", "s", "t", "u", "v")

    def __init__(self):
        for i, n in enumerate(self.__slots__):
            setattr(self, n, i)


t = S()
t.v += 10
print([getattr(t, n) for n in S.__slots__])
try:
    t.w = 1
except AttributeError as ex:
    print("AttributeError", ex)

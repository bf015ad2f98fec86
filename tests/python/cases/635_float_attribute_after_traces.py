# Float attributes live unboxed in their instance (a FloatCell the interpreter
# never shows): where a map has never held one, reads skip the test — until a
# float is stored there, or an instance holding one moves to that map.  Each
# step comes after loops that compiled code runs with the earlier belief.


class P:
    def __init__(self, x):
        self.x = x


def total(ps):
    s = 0
    for p in ps:
        s += p.x
    return s


ps = [P(i) for i in range(3000)]
print(total(ps), total(ps))
# the first float at index 0 of P's map: code that read ints must see a float
ps[5].x = 2.5
print(total(ps), type(ps[5].x).__name__, ps[5].x is not None)


class Q:
    def __init__(self, x):
        self.x = x


def with_y(q):
    q.y = 1
    return q


def sum_xy(qs):
    s = 0
    for q in qs:
        s += q.x + q.y
    return s


# Q's map with x and y exists, and loops ran on it, before any Q held a float
qs = [with_y(Q(i)) for i in range(3000)]
print(sum_xy(qs), sum_xy(qs))
# a Q with a float x moves to the map {x, y}: that map now holds floats at index 0
f = with_y(Q(0.25))
qs.append(f)
print(sum_xy(qs), repr(f.x), f.x * 4)
print([type(q.x).__name__ for q in qs[-2:]])

# floats overwritten in place, then an int back in the same attribute
g = Q(1.5)
for i in range(2000):
    g.x = g.x + 0.5
print(g.x)
g.x = 7
print(g.x, type(g.x).__name__)
h = Q(3.0)
h.x = "text"
print(h.x)

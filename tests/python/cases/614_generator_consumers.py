def g(n):
    for i in range(n):
        print("make", i)
        yield i
print(list(g(3)), tuple(x * 2 for x in range(4)), sorted(x for x in "cab"))
print(sum(g(4)), sum(x / 2 for x in range(5)), sum((x for x in [1, 2.5, 10**30]), 0))
print(any(g(3)), all(g(3)), any(x > 5 for x in range(10)), all(x < 5 for x in range(3)))
print(set(x % 3 for x in range(10)), frozenset("ab" for _ in range(2)))
class H:
    def __init__(self, v): self.v = v
    def __hash__(self): print("hash", self.v); return 1
    def __eq__(self, o): print("eq", self.v); return self is o
    def __bool__(self): print("bool", self.v); return False
    def __radd__(self, o): print("radd", self.v); return o + 100
print(len(set(y for x in range(4) for y in (x, H(x)))))
print(sum(y for x in range(3) for y in (x, H(x))))
print(any(y for x in range(3) for y in (x, H(x))))
def w():
    try:
        yield 1
        yield "a"
        yield 2
    except TypeError:
        print("caught in gen")
        yield 5
try:
    print(sum(w()))
except TypeError as e:
    print("TypeError", e)
def yf():
    yield from range(3)
    yield from g(2)
    r = yield 7
    print("sent", r)
print(list(yf()), sum(yf()))
gg = g(5)
next(gg)
print(list(gg))
def stop():
    yield 1
    raise StopIteration
try:
    list(stop())
except RuntimeError as e:
    print("RuntimeError", e)
it = (x for x in range(10))
print(any(x > 3 for x in it), list(it))
# the value of a yield expression is None when the consumer only collects
def echo():
    got = []
    for i in range(3):
        got.append((yield i))
    yield got
print(list(echo()))
# a big int then a float: sum raises where CPython raises, not inside the generator
def big():
    try:
        yield 10 ** 400
        yield 1.5
    except OverflowError:
        print("caught inside")
        yield 0
try:
    print(sum(big()))
except OverflowError as e:
    print("OverflowError", e)
# a set that holds instances: plain values added after them still compare through __eq__
s = {H(9)}
s.update(x for x in (1, 2))
print(len(s))
# exceptions raised by the generator itself propagate with its frame
def bad():
    yield 1
    1 / 0
for consume in (list, tuple, sum, set, any, all, sorted, max):
    try:
        consume(bad())
    except ZeroDivisionError as e:
        print(consume.__name__, "ZeroDivisionError", e)
# a generator left suspended by any()/all() goes on where it stopped
gen = (x for x in [0, 0, 3, 0, 5])
print(any(gen), next(gen), all(gen), list(gen))
# nested consumers: a generator whose body consumes another generator
print(list(sum(range(k)) for k in range(5)), sum(len(set(c for c in w)) for w in ["aab", "xyz"]))

# Globals read in hot loops while other code rebinds them: every read sees the current value
import math

SCALE = 2
def scaled(n):
    t = 0
    for i in range(n):
        t += i * SCALE
    return t

def set_scale(v):
    global SCALE
    SCALE = v

results = []
for round_ in range(6):
    results.append(scaled(3000))
    set_scale(SCALE + 1)
print(results)

# a builtin shadowed by a global after the loop is hot, then the global deleted again
def lengths(items):
    return [len(x) for x in items]
data = ["a", "bb", "ccc"] * 1000
print(sum(lengths(data)))
def len(x):
    return 7
print(sum(lengths(data)))
del len
print(sum(lengths(data)))

# a function rebound: callers in hot loops call the new one
def f(x):
    return x + 1
def loop():
    s = 0
    for i in range(5000):
        s += f(i)
    return s
print(loop())
def f(x):
    return x * 2
print(loop())

# a module attribute rebound
def area(n):
    t = 0.0
    for i in range(n):
        t += math.pi
    return round(t, 3)
print(area(4000))
math.pi = 3
print(area(4000))

# a global rebound inside the loop that reads it
counter = 0
def count(n):
    global counter
    for i in range(n):
        counter += 1
    return counter
print(count(5000), count(5000))

# a class rebound under its name
class A:
    def v(self):
        return 1
def total(n):
    return sum(A().v() for i in range(n))
print(total(3000))
class A:
    def v(self):
        return 2
print(total(3000))

# globals() written directly
def g_read(n):
    return sum(K for _ in range(n))
K = 1
print(g_read(3000))
globals()["K"] = 5
print(g_read(3000))
globals().update({"K": 9})
print(g_read(3000))

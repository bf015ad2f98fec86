# LOAD_GLOBAL's inline cache: a global found, then shadowing a builtin, deleted,
# builtins changed, a global deleted and made again, exec's own globals dicts,
# a global read in a loop while the loop's own stores change it.
import builtins
def f():
    return len([1, 2, 3]) + x
x = 1
print(f(), f())
x = 10
print(f())
def len(a): return 100
print(f())
del len
print(f())
builtins.len = lambda a: 7
print(f())
del x
try:
    f()
except NameError as e:
    print("NameError", e)
x = 5
print(f())
g = {}
exec("def h():\n    return y\n", g)
g["y"] = 3
print(g["h"]())
g["y"] = 4
print(g["h"]())
for i in range(3):
    exec("z = %d" % i, g)
    print(eval("z", g))
def k():
    return abs(-3)
print(k())
globals()["abs"] = lambda v: "mine"
print(k())
del globals()["abs"]
print(k())
def total():
    s = 0
    for i in range(5):
        s += counter
    return s
counter = 1
print(total())
counter = 2
print(total())
import builtins as b2
def uses_min():
    return min(3, 4)
print(uses_min())
b2.min = max
print(uses_min())
del b2.min
try:
    uses_min()
except NameError as e:
    print("NameError", e)

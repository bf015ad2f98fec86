fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
fs = []
for j in range(3):
    fs.append(lambda x: x + j)
j = 100
print([f(1) for f in fs])
def make():
    out = []
    for k in range(3):
        out.append(lambda: k * 10)
    k = -1
    return out
print([f() for f in make()])
adders = {name: (lambda n: lambda x: x + n)(n) for name, n in [('one', 1), ('two', 2)]}
print(adders['one'](10), adders['two'](10))
gens = [(lambda: (yield m))() for m in range(2)]
print([next(g) for g in gens])
funcs = []
for a, b in [(1, 2), (3, 4)]:
    funcs.append(lambda: (a, b))
print([f() for f in funcs])
import functools
ps = [functools.partial(lambda v: v * 2, v) for v in range(3)]
print([p() for p in ps])
print([f.__closure__[0].cell_contents for f in [lambda: q for q in 'ab']])
nested = [[lambda: (r, c) for c in range(2)] for r in range(2)]
print([[f() for f in row] for row in nested])

# A global added while compiled code runs: a name that was found missing
# from the module (a builtin) and is now the module's own, and names that
# are new but read by no loop.
def total(xs):
    s = 0
    for i in range(len(xs)):
        s += abs(xs[i])
    return s

data = [-3, 1, -4, 1, -5, 9, -2, 6]
results = []
for step in range(300):
    results.append(total(data))
    if step == 150:
        def abs(x):
            return x * 10
    if step == 200:
        globals()['len'] = lambda xs: 2
    if step == 250:
        del abs
print(results[0], results[149], results[151], results[201], results[251], results[299])
print(sum(results))


def g(n):
    t = 0
    for i in range(n):
        t += max(i, 3) + COUNT
    return t

COUNT = 1
for k in range(60):
    if k == 20:
        late = 'a new global no loop reads'
    if k == 30:
        globals()['later'] = k
    if k == 40:
        COUNT = 2
    r = g(500)
print(r, late, later)
try:
    print(undefined_name)
except NameError as e:
    print('NameError:', e)
undefined_name = 5
print(undefined_name)

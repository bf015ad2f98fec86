# A function's frame is reused by its next call in the interpreter: nothing
# of the last call may show through — locals unbound again, cells fresh,
# the value stack empty, recursion and exceptions in the middle of a call.
def maybe(flag):
    if flag:
        x = 'set'
    return x

print(maybe(True))
try:
    print(maybe(False))
except UnboundLocalError as e:
    print('UnboundLocalError', e)

def make(n):
    def get():
        return n
    return get
fs = [make(i) for i in range(4)]
print([f() for f in fs])

def loop_return(items):
    for x in items:
        if x > 1:
            return x
    return None
print(loop_return([0, 1, 2, 3]), loop_return([0]), loop_return([5]))

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print([fact(i) for i in range(8)])

def boom(n):
    y = n * 2
    if n == 3:
        raise ValueError('boom %d' % y)
    return y
out = []
for i in range(6):
    try:
        out.append(boom(i))
    except ValueError as e:
        out.append(str(e))
print(out)

def see_locals(a, b=2):
    c = a + b
    return sorted(locals().items())
print(see_locals(1))
print(see_locals(5, b=1))

def gen(n):
    for i in range(n):
        yield i * i
g1 = gen(3)
g2 = gen(4)
print(next(g1), next(g2), list(g1), list(g2))

def outer(k):
    def inner(j):
        return j + k
    return inner(k) + inner(1)
print([outer(i) for i in range(5)])

def deep(n):
    if n == 0:
        return []
    r = deep(n - 1)
    r.append(n)
    return r
print(deep(6), deep(2))

def uses_del(v):
    w = v
    del w
    try:
        return w
    except UnboundLocalError:
        return 'deleted'
print(uses_del(1), uses_del(2))

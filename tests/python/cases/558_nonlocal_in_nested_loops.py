def grid_counter(rows, cols):
    count = 0
    hits = []
    def visit(r, c):
        nonlocal count
        count += 1
        if (r + c) % 3 == 0:
            hits.append((r, c))
    for r in range(rows):
        for c in range(cols):
            if c > r:
                break
            visit(r, c)
    return count, hits
print(grid_counter(4, 4))
def make_accumulators():
    total = 0
    fns = []
    for step in (1, 10, 100):
        def add(n=1, step=step):
            nonlocal total
            for _ in range(n):
                total += step
            return total
        fns.append(add)
    def read():
        return total
    return fns, read
fns, read = make_accumulators()
print(fns[0](3), fns[1](), fns[2](2), read())
def three_levels():
    a = 0
    def mid():
        def inner():
            nonlocal a
            for i in range(5):
                if i == 3:
                    continue
                a += i
        inner()
        inner()
        return a
    return mid()
print(three_levels())
def shadowing():
    v = 'outer'
    def f():
        v = 'f local'
        def g():
            nonlocal v
            v = 'set by g'
        g()
        return v
    return f(), v
print(shadowing())

# Small-int products, floor division and modulo of every sign (around 2^26,
# where products stop being exact in a double's 53 bits, and 2^53), and the
# lazy iterators (enumerate, zip, map, filter) in loops long enough to be
# compiled.
vals = [0, 1, -1, 2, -2, 3, -7, 7, 12, -12, 67108863, -67108863, 67108864, -67108864,
        94906265, -94906266, 2**52, -2**52, 2**53, 10**17, -10**17]
out = []
for a in vals:
    for b in vals:
        out.append(a * b)
        if b:
            out.append(a // b)
            out.append(a % b)
            out.append(divmod(a, b))
print(len(out), sum(x if isinstance(x, int) else x[0] - x[1] for x in out))
print(out[:40])
print(out[-40:])

def mixed(n):
    acc = 0
    for i in range(-n, n):
        acc += (i * 37) // 5 - (i * -11) % 7 + (i * i) // (i % 3 + 1)
    return acc

print(mixed(3000))

def loops(n):
    u = list(range(n))
    s = 0
    for j, x in enumerate(u):
        s += j * x
    for j, x in enumerate(u, 10):
        s -= j
    for a, b in zip(u, u[1:]):
        s += a - b
    for (a,) in zip(u):
        s += a
    for a, b, c in zip(u, u, u):
        s += a + b - c
    s += sum(map(abs, range(-n, n)))
    s += sum(map(lambda p, q: p * q, u, u))
    s += len(list(filter(None, [i % 3 for i in u])))
    return s

print(loops(2500))
print(list(enumerate("xy", 10**20)), list(zip("ab", [1, 2, 3])), list(zip()))
try:
    list(zip("ab", "abc", strict=True))
except ValueError as e:
    print("ValueError:", e)

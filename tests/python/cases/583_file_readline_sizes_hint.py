import os
p = '/tmp/rts-pycase-583.txt'
with open(p, 'w') as f:
    for i in range(1, 7):
        f.write('line %d %s\n' % (i, 'x' * i))
with open(p) as f:
    print(repr(f.readline(3)), repr(f.readline(3)), repr(f.readline()), repr(f.readline(0)))
    print(f.readlines(10))
    print(repr(f.read(5)), repr(next(f)))
    print([l.rstrip() for l in f])
    print(repr(f.readline()), f.readlines())
with open(p) as f:
    print(f.readlines(1), f.readlines(-1)[-1:])
with open(p) as f:
    first = next(f)
    rest = list(f)
    print(repr(first), len(rest))
with open(p) as f:
    total = 0
    for n, line in enumerate(f, 1):
        total += len(line)
    print(n, total, os.path.isfile(p))
with open(p, 'rb') as f:
    print(f.readline(), f.readline(4), f.readlines(2))
    print([ln[:6] for ln in f])
with open(p) as f:
    print(repr(f.read(0)), repr(f.read(12)), f.read().count('\n'))
os.remove(p)

import os
src = '/tmp/rts-pycase-586-src.txt'
dst = '/tmp/rts-pycase-586-dst.txt'
with open(src, 'w') as f:
    print('alpha', 1, sep='=', file=f)
    print('beta', end='|', file=f)
    print('gamma', file=f)
    f.writelines(['  delta  \n', '\n', 'epsilon'])
with open(src) as a, open(dst, 'w') as b:
    for n, line in enumerate(a, 1):
        b.write(f'{n:02d}: {line.strip()}\n')
print(a.closed, b.closed)
with open(dst) as f:
    print(f.read(), end='')
with open(dst) as f:
    nonempty = [ln.rstrip('\n') for ln in f if ln.strip()[4:]]
print(nonempty)
f = open(dst, 'a')
f.write('unflushed until close\n')
f.close()
with open(dst) as f:
    lines = f.read().splitlines()
print(len(lines), lines[-1])
with open(src, 'rb') as f:
    raw = f.read()
print(raw.count(b'\n'), raw.splitlines()[1])
with open(dst, 'w', encoding='utf-8') as f:
    f.write('naïve ✓\n')
with open(dst, 'rb') as f:
    print(f.read())
with open(dst, encoding='latin-1') as f:
    print(ascii(f.read()))
for p in (src, dst):
    os.remove(p)
print(os.path.exists(src), os.path.exists(dst))

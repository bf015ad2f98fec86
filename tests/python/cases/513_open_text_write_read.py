import os
p = '/tmp/rts-pycase-513.txt'
with open(p, 'w') as f:
    print(type(f).__name__, f.mode, f.name == p, f.encoding, f.closed, f.writable(), f.readable())
    n = f.write('héllo\nwörld\n')
    f.writelines(['a\n', 'b\n'])
    print(n, 'chars', file=f)
print(f.closed)
with open(p) as f:
    print(repr(f.read()))
with open(p, encoding='utf-8') as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(p) as f:
    print(f.readline(), end='')
    print(repr(f.readline(3)), repr(f.readline()))
    print(f.readlines())
    print(repr(f.read()), repr(f.readline()))
with open(p, 'a') as f:
    f.write('more\n')
with open(p) as f:
    print(len(f.read()), f.read() == '')
os.remove(p)
print(os.path.exists(p))

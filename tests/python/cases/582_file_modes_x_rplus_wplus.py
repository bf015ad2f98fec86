import os
p = '/tmp/rts-pycase-582.txt'
if os.path.exists(p):
    os.remove(p)
with open(p, 'x') as f:
    print(f.mode, f.write('0123456789\nsecond\n'))
try:
    open(p, 'x')
except FileExistsError as e:
    print('FileExistsError', e.errno, e.filename == p)
with open(p, 'r+') as f:
    print(repr(f.read(4)), f.tell())
    f.seek(0)
    f.write('AB')
    f.seek(0)
    print(repr(f.readline()))
with open(p) as f:
    print(repr(f.read()))
with open(p, 'w+') as f:
    print(repr(f.read()), f.tell())
    f.write('fresh\ncontent\n')
    f.seek(0)
    print(f.readlines())
with open(p, 'a+') as f:
    print(f.tell() > 0, repr(f.read()))
    f.write('appended\n')
    f.seek(0)
    print(f.read().splitlines())
with open(p, 'a') as f:
    f.seek(0)
    f.write('still at end\n')
with open(p) as f:
    print(f.read().splitlines()[-1], f.readable(), f.writable(), f.seekable())
with open(p, 'r+') as f:
    f.seek(0, 2)
    f.write('tail\n')
with open(p) as f:
    print(len(f.readlines()))
os.remove(p)
print(os.path.exists(p))

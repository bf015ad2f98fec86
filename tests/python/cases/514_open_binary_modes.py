import os
p = '/tmp/rts-pycase-514.bin'
with open(p, 'wb') as f:
    print(type(f).__name__, f.mode, f.write(bytes(range(256))), f.tell())
with open(p, 'rb') as f:
    d = f.read()
    print(type(f).__name__, len(d), d[:4], d[-4:])
    f.seek(250)
    print(f.read(3), f.tell(), f.read(), f.read())
with open(p, 'r+b') as f:
    print(type(f).__name__)
    f.seek(10)
    f.write(b'XY')
    f.seek(8)
    print(f.read(6))
    f.seek(-2, 2)
    print(f.read(), f.tell())
with open(p, 'rb') as f:
    print(f.readline()[:12], f.read(2))
with open(p, 'ab') as f:
    f.write(b'\n\xffend')
with open(p, 'rb') as f:
    print(f.read()[-6:])
try:
    with open(p, 'wb') as f:
        f.write('text')
except TypeError as e:
    print('TypeError', e)
with open(p, 'w') as f:
    try:
        f.write(b'bytes')
    except TypeError as e:
        print('TypeError', e)
os.remove(p)

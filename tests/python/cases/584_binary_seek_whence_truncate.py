import os
p = '/tmp/rts-pycase-584.bin'
with open(p, 'wb') as f:
    f.write(b'0123456789')
    print(f.tell(), f.seek(3), f.tell())
    f.write(b'abc')
    print(f.seek(0, os.SEEK_END), f.seek(-2, os.SEEK_CUR), f.tell())
    f.write(b'ZZ')
    print(f.seek(15), f.write(b'!'), f.tell())
with open(p, 'rb') as f:
    data = f.read()
    print(data, len(data))
with open(p, 'r+b') as f:
    print(f.read(3), f.seek(2, 1), f.read(2), f.seek(-3, 2), f.read())
    print(f.truncate(5), f.tell())
    f.seek(0)
    print(f.read())
    f.seek(0)
    print(f.truncate(), f.read())
with open(p, 'wb') as f:
    f.write(bytes(range(10)))
with open(p, 'rb') as f:
    f.seek(4)
    buf = bytearray(3)
    print(f.readinto(buf), buf, f.tell())
    print(f.read(100), f.read(1), f.tell())
    try:
        f.seek(-1)
    except (ValueError, OSError) as e:
        print(type(e).__name__, e)
with open(p, 'rb') as f:
    print(f.seekable(), f.read(-1)[-2:])
os.remove(p)

import os
ba = bytearray(b'hello world')
ba[0:5] = b'HELLO, BIG'
print(ba, len(ba))
ba[-5:] = b''
print(ba)
ba[2:2] = b'++'
print(ba, ba.index(b'+'), ba.count(b'L'))
ba.remove(ord('+'))
print(ba)
ba[::2] = b'_' * len(ba[::2])
print(ba)
try:
    ba[::2] = b'x'
except ValueError as e:
    print('ValueError', e)
try:
    ba.remove(0)
except ValueError as e:
    print('ValueError', e)
out = bytearray()
for i in range(5):
    out += bytes([65 + i]) * (i + 1)
print(out, out.decode(), out.find(b'DD'), out.rstrip(b'E'))
p = '/tmp/rts-pycase-590.bin'
with open(p, 'wb') as f:
    print(f.write(out), f.write(bytearray(b'\n')), f.write(memoryview(b'') if False else b''))
with open(p, 'rb') as f:
    data = bytearray(f.read())
data[0] = 97
data.extend(range(48, 51))
print(data, bytes(data) == data, data.endswith(b'012'))
with open(p, 'ab') as f:
    f.write(data)
with open(p, 'rb') as f:
    print(len(f.read()))
os.remove(p)
print(bytearray(b'abc').decode('utf-8'), bytearray(b'\xff').decode('latin-1'), bytearray(b'\xff').decode('utf-8', 'replace'))
try:
    bytearray(b'\xff\xfe').decode()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)

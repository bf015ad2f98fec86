b = b'abcdef'
print(b[0], b[-1], b[1:3], b[::-1], b[::2], b[10:], type(b[0]).__name__, type(b[0:1]).__name__)
print(b < b'abd', b'abc' < b'abcd', b'' < b'\x00', b'b' > b'abc', max([b'x', b'ab', b'xa']))
print(sorted([b'b', b'a', b'ab', b'']), b'abc' == b'abc', hash(b'abc') == hash(b'abc'))
print([c for c in b'hi'], sum(b'\x01\x02\x03'), len(b'\x00' * 5))
for i, c in enumerate(b'AZ'):
    print(i, c, chr(c))
try:
    b[10]
except IndexError as e:
    print('IndexError', e)
try:
    b[0] = 1
except TypeError as e:
    print('TypeError', e)
print(b.index(99), b.count(ord('a')), b.find(b'cd', 1, 4), b.find(b'cd', 1, 3))
d = {b'k': 1}
print(d[b'k'], b'k' in d, 'k' in d)

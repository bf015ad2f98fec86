b = b'Hi!\x00\xff'
print(list(b), b[0], b[-1], b[0:1], b[-1:], type(b[0]).__name__)
print([hex(x) for x in b], bytes(reversed(b)), b[::-1] == bytes(reversed(b)))
print(72 in b, b'i!' in b, 256 in b if False else 0 in b)
try:
    'H' in b
except TypeError as e:
    print('TypeError', e)
print(bytes(3), bytes([65, 66]), bytes(range(97, 100)), bytes(b'copy'), bytes('é', 'utf-8'))
for bad in [lambda: bytes('text'), lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes(-1), lambda: bytes([1.5])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(ord(b'A'), ord(bytearray(b'z')), chr(b'A'[0]), b'%c' % 66)
print(b'abc' < b'abd', b'ab' < b'abc', b'\xff' > b'a', b'a' == 'a', b'a' == bytearray(b'a'))
print(type(b'a' + bytearray(b'b')).__name__, type(bytearray(b'b') + b'a').__name__, b'ab' * 3, 3 * b'-')
print(sum(b'abc'), max(b'hello'), sorted(b'cab'), b''.join([b'a', bytearray(b'b'), memoryview(b'c')]) if False else b''.join([b'a', bytearray(b'b')]))
it = iter(b'xy')
print(next(it), next(it), next(it, None))
print(hash(b'abc') == hash(b'abc'), {b'k': 1}[b'k'], len(b'\\x00'), len(b'\x00'))
print(b'a\tb\n\r\'"\\', repr(b"'"), repr(b'"'), repr(b'\'"'))

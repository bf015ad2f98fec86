print(bytes(3), bytes([65, 66]), bytes(range(97, 100)), bytes(b'xy'), bytes())
print(str(b'abc'), repr(b'a\'b'), repr(b'a"b'), repr(b'\'"'), repr(b'\n\t\\\x00\x7f\x80'))
print(b'abc'.decode(), b'abc' == 'abc', str(b'abc', 'utf-8') == 'abc')
print(b'%d-%s-%x' % (5, b'x', 255), b'%05.1f|%-4s|' % (3.14159, b'ab'))
try:
    bytes([256])
except ValueError as e:
    print('ValueError', e)
try:
    bytes('abc')
except TypeError as e:
    print('TypeError', e)
try:
    b'a' + 'b'
except TypeError as e:
    print('TypeError', e)
try:
    bytes([-1])
except ValueError as e:
    print('ValueError', e)
print(f'{b"hi"}', '%s' % b'hi', '{!r}'.format(b'\xff'))
print(bytes(x * 2 for x in range(4)), list(b'\x00\x10'), tuple(b'AB'))

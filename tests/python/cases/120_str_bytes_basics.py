b = b'hello'
print(b, b[0], b[1:3], len(b), list(b[:2]), b.upper())
print(bytes([72, 105]), bytes(3), b'a' + b'b', b'ab' * 2)
print(b'x\x00\xff', repr(b"it's"), b'abc'.hex(), bytes.fromhex('4142'))
print('héllo'.encode('utf-8'), b'h\xc3\xa9llo'.decode('utf-8'))
ba = bytearray(b'abc')
ba[0] = 65
ba.append(100)
print(ba, bytes(ba), b'b' in b'abc', 98 in b'abc')

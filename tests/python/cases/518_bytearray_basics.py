ba = bytearray(b'abc')
print(ba, repr(ba), len(ba), ba[0], ba[-1], ba[1:], type(ba[1:]).__name__)
ba.append(100)
ba.extend(b'ef')
ba.extend([103, 104])
ba[0] = 65
ba[1:3] = b'XYZ'
print(ba, ba == b'AXYZdefgh', b'AXYZdefgh' == ba, bytes(ba), ba.decode())
del ba[0]
del ba[::2]
print(ba, ba.pop(), ba.pop(0), ba)
ba.insert(1, 33)
ba.reverse()
print(ba, ba.upper(), type(ba.upper()).__name__, ba.split(b'!'), ba.find(b'd'), ba.hex())
print(bytearray(5), bytearray([1, 2, 3]), bytearray('hé', 'utf-8'), bytearray.fromhex('41 42'))
x = bytearray(b'ab')
x += b'cd'
x *= 2
print(x, x * 2, 2 * bytearray(b'z'), b'q' + bytearray(b'r'), bytearray(b'r') + b'q')
try:
    hash(x)
except TypeError as e:
    print('TypeError', e)
try:
    x[0] = 300
except ValueError as e:
    print('ValueError', e)
try:
    x[100]
except IndexError as e:
    print('IndexError', e)
print(list(bytearray(b'hi')), [c for c in x[:3]], 98 in x, b'cd' in x, sorted(bytearray(b'cab')))
print(bytearray(b'  pad  ').strip(), bytearray(b'a,b').partition(b','), bytearray(b'x').join([b'1', bytearray(b'2')]))
x.clear()
print(x, bool(x), bytearray(b'abc').copy(), isinstance(bytearray(), bytearray))

data = bytes([0, 1, 15, 16, 127, 128, 255])
print(data.hex(), data.hex(':'), data.hex('-', 2), data.hex(' ', -3))
print(bytes.fromhex('deadbeef'), bytes.fromhex('de ad  be ef'), bytes.fromhex(''))
print(list(bytes.fromhex('00ff10')), bytes.fromhex('41 42 43').decode())
try:
    bytes.fromhex('abc')
except ValueError as e:
    print('ValueError', e)
try:
    bytes.fromhex('zz')
except ValueError as e:
    print('ValueError', e)
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\x01\x00', 'little'))
print(int.from_bytes(b'\xff\xfe', 'big', signed=True), (258).to_bytes(2, 'big'), (258).to_bytes(4, 'little'))
print((-2).to_bytes(2, 'big', signed=True), (2 ** 70).to_bytes(9, 'big').hex())
try:
    (256).to_bytes(1, 'big')
except OverflowError as e:
    print('OverflowError', e)

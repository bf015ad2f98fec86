print(ord('A'), ord('a'), ord('0'), ord(' '), ord('é'), ord('€'), ord('😀'))
print(chr(65), chr(97), chr(8364), chr(128512), repr(chr(10)), repr(chr(0)))
print(''.join(chr(ord(c) + 1) for c in 'HAL'))
try:
    ord('ab')
except TypeError as e:
    print('TypeError', e)
try:
    chr(-1)
except ValueError as e:
    print('ValueError', e)
try:
    chr(0x110000)
except ValueError as e:
    print('ValueError', e)

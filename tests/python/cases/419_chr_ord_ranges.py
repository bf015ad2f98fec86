print(chr(0) == '\x00', repr(chr(0)), repr(chr(31)), repr(chr(127)), repr(chr(128)), repr(chr(160)))
print(chr(65), chr(0x263A), chr(0x1F600), ord('€'), ord('😀'), ord('\U0010FFFF'), hex(ord(chr(0x10FFFF))))
print(repr(chr(0xD800)), chr(0xFFFF) == '\uffff', len(chr(0x10000)))
for bad in [-1, 0x110000, 2 ** 40]:
    try:
        chr(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    chr(65.0)
except TypeError as e:
    print('TypeError', e)
for bad in ['', 'ab', b'xy']:
    try:
        ord(bad)
    except TypeError as e:
        print('TypeError', e)
print(ord(b'A'), ord('\n'), [ord(c) for c in 'aZ0 '], ''.join(chr(c) for c in range(945, 950)))
print(chr(True), ord(chr(1114111)) == 1114111)

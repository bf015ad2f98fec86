for x in [0.5, 0.1, -2.75, 3.0, 1e-3, 1e20, 0.0, -0.0]:
    print(x, x.as_integer_ratio())
print((7).as_integer_ratio(), (-12).as_integer_ratio(), True.as_integer_ratio())
for bad in [float('inf'), float('nan')]:
    try:
        bad.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
n, d = (0.1).as_integer_ratio()
print(n / d == 0.1, d == 2 ** 55, n.bit_length())
for v in [0, 1, 255, -255, 2 ** 100 - 1, -(2 ** 64), 0b1011_0110]:
    print(v, v.bit_count(), v.bit_length(), bin(v).count('1') == v.bit_count())
print(sum(i.bit_count() for i in range(1024)), (10 ** 30).bit_count())
print(True.bit_count(), (3).is_integer() if hasattr(int, 'is_integer') else 'no int.is_integer in 3.11')
print((2.5).is_integer(), (2.0).is_integer(), (1e300).is_integer())
print((255).to_bytes(2, 'big'), int.from_bytes(b'\x01\x00', 'little'), (-1).to_bytes(2, 'big', signed=True))

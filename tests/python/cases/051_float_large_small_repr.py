for e in range(14, 19):
    print(10.0 ** e, -(10.0 ** e))
for e in range(-3, -7, -1):
    print(10.0 ** e, 1.5 * 10.0 ** e)
print(1234567890123456789.0, 0.000123456789)

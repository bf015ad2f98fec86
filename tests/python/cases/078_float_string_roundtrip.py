vals = [0.1, 1 / 3, 2 / 7, 1e-7, 123.456, 1e21, 5e-324]
for v in vals:
    s = repr(v)
    print(s, float(s) == v)
print(str(1e21), str(1e20), str(12345678901234567.0))

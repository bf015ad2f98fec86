vals = ['', '-', '+', '7', '-7', '+7', '--7', '-+7', 'abc', '-abc', '3.14', '-3.14', ' 5', '5 ']
for v in vals:
    print(repr(v), repr(v.zfill(5)), repr(v.zfill(0)), repr(v.zfill(-1)))
print('12'.zfill(True + 3))
print(str(-42).zfill(8), str(42).zfill(1))
print('٣'.zfill(3))

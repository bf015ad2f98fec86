print(int(3.9), int(-3.9), int(1e10), int(-0.5), int(2.5e20))
print(float(3), float('3.25'), float(' -12.5e2 '), float('.5'), float('5.'))
print(float('1_000.5'), float(2 ** 70), float(True))
for s in ['abc', '', '1.2.3', '1e', 'nan!']:
    try:
        float(s)
    except ValueError as e:
        print(e)
try:
    int(float('inf'))
except OverflowError as e:
    print('OverflowError', e)
try:
    int(float('nan'))
except ValueError as e:
    print('ValueError', e)

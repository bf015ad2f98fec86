print(round(1234.5678, -1), round(1234.5678, -2), round(1234.5678, -4), round(1234.5678, -5))
print(round(12345, -2), round(12350, -2), round(12250, -2), round(-150, -2), round(-250, -2))
print(round(15, -1), round(25, -1), round(-35, -1), round(5, -1), round(0, -3))
print(type(round(12345, -2)).__name__, type(round(1234.5, -2)).__name__, type(round(1234.5)).__name__)
print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(1.005, 2))
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(-0.5))
print(round(1.23456789e10, -5), round(-0.0, 2), round(1e-20, 5))
print(round(10 ** 30 + 5 * 10 ** 14, -15), round(123456789123456789, -9))
print(round(5e-324, 400), round(1.5, 0), round(1.5, None), round(7, None))
print(round(float('inf'), 2), round(float('-inf'), -2))
for bad in [float('nan'), float('inf')]:
    try:
        round(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    round(1.5, 1.0)
except TypeError as e:
    print('TypeError', e)
print(round(True, -1), round(False), round(-1234, -10), round(999, -3))

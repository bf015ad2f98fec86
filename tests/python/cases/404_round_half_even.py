print([round(x) for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 4.5]])
print([round(x, 1) for x in [0.05, 0.15, 0.25, 0.35, 0.45, 2.675, 1.005]])
print([round(x, 2) for x in [2.675, 1.005, 0.125, 0.375, -0.125]])
print(round(12345, -1), round(12355, -1), round(12345, -2), round(15, -1), round(25, -1), round(-25, -1))
print(round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2), round(-1250.0, -2))
print(round(0.5), type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(2.5, 0), round(-0.4), round(-0.4, 0))
print(round(10 ** 20 + 5, -1), round(10 ** 20 + 15, -1), round(2 ** 60 + 0.0))
print(round(1e300, -299), round(1.23e-5, 7), round(5e-324, 400), round(123.456, 400))
print(round(True), round(7, 2), round(-7, -5))
try:
    round(float('inf'))
except OverflowError as e:
    print('OverflowError', e)
try:
    round(float('nan'))
except ValueError as e:
    print('ValueError', e)
print(round(float('inf'), 2), round(float('nan'), 1))

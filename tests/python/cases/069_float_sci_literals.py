print(1e3, 1E3, 1.5e-3, 2e0, .5, 5., 1_000.000_1)
print(0e0, 1e+2, 3.0e10, 12e-1)
print(type(1e3).__name__, 1e3 == 1000)

print('{:.3f}'.format(2 / 3), '{0:e}'.format(0.0), '{:,}'.format(1234.5))
print('{:>8.2%}'.format(0.0314), '{:+.1f}'.format(0.0), '{:.1f}'.format(-0.04))
print(format(0.1, '.20f'), format(1 / 3, '.17g'))
print(format(123.456, '.1e'), format(99.99, '.1f'), format(99.95, '.1f'))

for v in [0, 0.5, 0.125, 1, 1.23456, -0.0042, 12.5, 1e-10, 2]:
    print(repr(v), f'{v:%}', f'{v:.0%}', f'{v:.1%}', f'{v:>10.2%}|', f'{v:+.3%}')
print(f'{float("inf"):%}', f'{float("nan"):.1%}', f'{1234.5:,.1%}')
print(format(1, '%'), format(True, '.0%'))
print('{:.2%}'.format(2 / 3), '{:06.1%}'.format(0.05))
print('%.1f%%' % 12.345, '%d%%' % 50, '%s%%' % 'x')

vals = [0, 7, 999, 1000, -1000, 123456789, -9876543210, 10 ** 20]
for v in vals:
    print(f'{v:,}', f'{v:_}', f'{v:_x}', f'{v:_b}' if abs(v) < 5000 else '-', f'{v:_o}')
for f in [0.0, 1234.5, -1234567.891, 1e16, 12345.678e10]:
    print(f'{f:,}', f'{f:,.2f}', f'{f:_.3f}', f'{f:,.3e}', f'{f:,g}')
print(f'{1234567:15,}|{1234567:<15,}|{1234567:^15_}|')
print(f'{1234567:015,}', f'{-1234567:015,}', f'{1234:08,}', f'{12:06_}')
print(format(1234567.0, ','), format(1234567, ',d'), format(123456, '_d'))
try:
    format(1234, ',x')
except ValueError as e:
    print('ValueError', e)
try:
    format(1234, ',_')
except ValueError as e:
    print('ValueError', e)

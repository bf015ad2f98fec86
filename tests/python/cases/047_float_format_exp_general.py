x = 12345.6789
print(f'{x:e}', f'{x:.2e}', f'{x:E}', f'{0.000123:.1e}')
print(f'{x:g}', f'{x:.3g}', f'{0.0000123:g}', f'{1e20:g}', f'{100.0:g}')
print(f'{x:.10g}', f'{123456789.0:g}', f'{0.5:g}', f'{1.0:g}')
print(format(1e-10, 'g'), format(1e16, 'g'), format(float('inf'), 'g'))
print(f'{x:#g}', f'{1.0:#.3g}')

for v in [5, -5, 0, 2.25, -2.25, 0.0, -0.0]:
    print(repr(v), f'[{v:+}]', f'[{v:-}]', f'[{v: }]', f'[{v:+.1f}]' if isinstance(v, float) else f'[{v:+d}]')
print(f'[{5: 5}]', f'[{-5: 5}]', f'[{5:+5}]', f'[{5:<+5}]', f'[{5:^ 5}]')
print(f'[{float("inf"):+}]', f'[{float("nan"):+}]', f'[{float("-inf"): }]', f'[{float("nan"): .3f}]')
print(f'{-0.0:z.1f}', f'{-0.0:.1f}', f'{-0.00001:.2f}', f'{-0.00001:z.2f}', f'{-0.5:z.0f}')
print('%+d % d %+.2f % .2f' % (3, 3, 1.5, 1.5), '%+d' % -3, '% d' % -3)
print('{:+} {: } {:-}'.format(7, 7, 7), '{:+,}'.format(1234567))
try:
    format('s', '+')
except ValueError as e:
    print('ValueError', e)

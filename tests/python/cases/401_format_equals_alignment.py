for v in [42, -42, 0, 3.5, -3.5]:
    print(f'[{v:=8}]', f'[{v:*=8}]', f'[{v:+=8}]', f'[{v:0=8}]', f'[{v:08}]')
print(f'[{-255:=#10x}]', f'[{255:=+#10x}]', f'[{-1234567:=15,}]', f'[{-1234567:x=15,}]')
print(f'[{-0.0:=8}]', f'[{float("-inf"):=8}]', f'[{float("nan"):08}]', f'[{float("inf"):+08}]')
print(format(-7, '0>5'), format(-7, '0<5'), format(-7, '0^5'), format(-7, '05'))
try:
    format('abc', '=10')
except ValueError as e:
    print('ValueError', e)
try:
    format('abc', '010')
except ValueError as e:
    print('ValueError', e)

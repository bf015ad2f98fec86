x = 10
y = 'hi'
print(f'{x=}', f'{y=}', f'{x + 1=}', f'{x = }')
print(f'{x=:5d}|', f'{y=!s}', f'{3.5=:.2f}')
items = [1, 2]
print(f'{items[0]=} {len(items)=}')

width = 10
prec = 3
v = 3.14159265
print(f'[{v:{width}.{prec}f}]')
print(f'[{"x":{"^"}{width}}]', f'[{v:>{width}}]')
fill = '*'
print(f'[{"mid":{fill}^{width}}]')
for w in range(3, 7):
    print(f'{w:>{w}}')
print(f'{f"{1 + 1}"}')

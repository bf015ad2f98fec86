name = 'World'
n = 42
pi = 3.14159
print(f'Hello, {name}!')
print(f'{n} {n + 1} {n * 2} {n:5d}|{n:<5}|{pi:.2f}')
print(f'{name!r} {name!s} {name.upper()} {len(name)}')
print(f"{'quoted'} {n if n > 40 else 0} {[1, 2][0]}")
print(f'{{literal}} {{{n}}}')
print(F'upper F {n}', rf'raw \n {n}')

items = {'apple': 3, 'pear': 5}
print(f'{sum(items.values())} total, keys={list(items)}')
print(f'{"yes" if items["pear"] > 4 else "no"}')
print(f'{[x * 2 for x in range(3)]} {(lambda v: v + 1)(4)} {2 ** 10:,}')
a = 5
print(f'{a!r:>4}|{a:04}|{-a:04}|{a:#06b}')
print(f'{3.0:g} {1e-7:g} {123456789:e}')
print(f'{"multi" "part"}', f'{a}' f'{a}', f'a' 'b')

rows = [('Name', 'Qty', 'Price'), ('apple', 3, 1.5), ('banana', 12, 0.25), ('kiwi', 100, 10.0)]
for name, qty, price in rows:
    if isinstance(qty, str):
        print(f'{name:<8}|{qty:>5}|{price:>8}')
    else:
        print(f'{name:<8}|{qty:>5}|{price:>8.2f}')
print('-' * 23)

stock = {'apple': 3, 'pear': 0}
orders = ['apple', 'pear', 'plum']
for item in orders:
    count = stock[item]
    print(item, 'in stock' if count else 'sold out')

people = [{'name': 'ann', 'age': 30}, {'name': 'bob', 'age': 25}, {'name': 'cy'}]
print(sorted(people[:2], key=lambda p: p['age']))
def oldest(ps):
    return max(ps, key=lambda p: p['age'])
print(oldest(people[:2])['name'])
print(oldest(people))

people = [('Ann', 30, 'NY'), ('Bob', 25, 'LA'), ('Cid', 30, 'LA'), ('Dee', 25, 'NY')]
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: (p[2], p[1])))
people.sort(key=lambda p: p[0], reverse=True)
people.sort(key=lambda p: p[1])
print([p[0] for p in people])

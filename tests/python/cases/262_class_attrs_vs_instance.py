class Dog:
    species = 'canine'
    tricks = []
    def __init__(self, name):
        self.name = name
    def add_trick(self, t):
        self.tricks.append(t)
a = Dog('Rex')
b = Dog('Fido')
a.add_trick('roll')
b.add_trick('sit')
print(a.tricks, b.tricks, Dog.tricks is a.tricks)
a.species = 'wolf'
print(a.species, b.species, Dog.species)
Dog.species = 'dog'
print(a.species, b.species)
del a.species
print(a.species)
print('species' in a.__dict__, 'name' in a.__dict__)

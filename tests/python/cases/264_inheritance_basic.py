class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f'{self.name} makes a sound'
    def describe(self):
        return 'I am ' + self.name + ': ' + self.speak()
class Dog(Animal):
    def speak(self):
        return f'{self.name} barks'
class Puppy(Dog):
    def speak(self):
        return super().speak() + ' softly'
for a in [Animal('generic'), Dog('Rex'), Puppy('Bit')]:
    print(a.describe())
print(isinstance(Puppy('x'), Animal), issubclass(Dog, Puppy), Puppy.__bases__[0].__name__)

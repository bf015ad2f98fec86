def greet(name, greeting='Hello', punct='!'):
    return greeting + ', ' + name + punct
print(greet('Ann'))
print(greet('Bob', 'Hi'))
print(greet('Cy', punct='?'))
print(greet(greeting='Yo', name='Di'))
def f(a, b=2, *, c=3):
    return (a, b, c)
print(f(1), f(1, 5), f(1, c=9), f.__defaults__, f.__kwdefaults__)

def f(x: int, y: 'str' = 'a') -> bool:
    "One-line doc."
    return True
print(f.__doc__)
print(f.__annotations__)
print(f(1), f('not checked'))
x: int = 5
z: list
print(x)
try:
    print(z)
except NameError as e:
    print('NameError', e)

def f(a, *, b, c=3):
    return a + b + c
print(f(1, b=2), f(1, c=10, b=2))
try:
    f(1, 2)
except TypeError as e:
    print('TypeError', e)
try:
    f(1)
except TypeError as e:
    print('TypeError', e)
def g(*, x, y):
    return x - y
print(g(y=1, x=5))

def f(a, b):
    return a + b
tests = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3),
    lambda: f(1, b=2, a=3),
    lambda: f(1, 2, c=3),
    lambda: f(1, **{'b': 2, 'd': 4}),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
def g(a, b, c):
    pass
try:
    g(1)
except TypeError as e:
    print(e)
def h():
    pass
try:
    h(1)
except TypeError as e:
    print(e)

def f(a, *, key):
    pass
for call in [lambda: f(1), lambda: f(1, 2), lambda: f(1, 2, key=3), lambda: f(key=1)]:
    try:
        call()
    except TypeError as e:
        print(e)
def g(a, b=1, *, k1, k2):
    pass
try:
    g(0)
except TypeError as e:
    print(e)
class C:
    def m(self, x):
        pass
try:
    C().m()
except TypeError as e:
    print(e)
try:
    C().m(1, 2)
except TypeError as e:
    print(e)

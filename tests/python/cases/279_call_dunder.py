class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, y=1):
        return x * self.k * y
m = Multiplier(3)
print(m(5), m(2, y=10), callable(m), list(map(m, [1, 2])))
try:
    n = 5
    n()
except TypeError as e:
    print('TypeError', e)
try:
    Multiplier(1)()
except TypeError as e:
    print('TypeError', e)

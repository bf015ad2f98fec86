import random
random.seed(99)
print([random.uniform(0, 10) for _ in range(4)])
print(random.uniform(5, -5), random.uniform(1, 1))
print(random.sample(range(100), 10))
print(random.sample(['a', 'b', 'c', 'd', 'e'], 3))
print(random.sample(range(10), 10))
print(random.sample('abcdefgh', k=4))
print(random.sample(['x', 'y'], 3, counts=[3, 1]), random.sample(range(1000), 3))
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print('ValueError', e)
try:
    random.sample({1, 2, 3}, 2)
except TypeError as e:
    print('TypeError', e)
print(random.triangular(0, 10, 5), random.random())

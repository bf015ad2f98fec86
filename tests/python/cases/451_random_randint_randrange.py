import random
random.seed(1)
print([random.randint(1, 6) for _ in range(20)])
print([random.randrange(10) for _ in range(10)])
print([random.randrange(5, 50, 5) for _ in range(8)])
print([random.randrange(-10, 10) for _ in range(8)])
print(random.randint(0, 2 ** 100), random.randrange(10 ** 30))
print(random.randint(7, 7), random.randrange(3, 4))
for bad in [(5, 5), (10, 1), (0, 10, 0)]:
    try:
        random.randrange(*bad)
    except ValueError as e:
        print('ValueError', e)
try:
    random.randint(3, 1)
except ValueError as e:
    print('ValueError', e)

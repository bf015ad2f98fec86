import itertools
def naturals():
    n = 1
    while True:
        yield n
        n += 1
def take(n, it):
    return [x for _, x in zip(range(n), it)]
print(take(5, naturals()))
print(list(itertools.islice(naturals(), 3, 10, 2)))
sq = (n * n for n in naturals())
print(next(x for x in sq if x > 50))

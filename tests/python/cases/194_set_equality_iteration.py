a = {4, 8, 15, 16, 23, 42}
total = 0
for x in a:
    total += x
print(total, sum(a), max(a), min(a), sorted(a, reverse=True))
print(set([1, 2]) == frozenset([1, 2]), {1, 2} == [1, 2])
print(list({7, 3, 11}), tuple({2, 0, 1}))

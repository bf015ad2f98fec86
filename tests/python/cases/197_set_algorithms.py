def primes_below(n):
    composite = set()
    for i in range(2, n):
        for j in range(i * i, n, i):
            composite.add(j)
    return sorted(set(range(2, n)) - composite)
print(primes_below(50))
a = [1, 2, 3, 4, 5, 6]
b = [4, 5, 6, 7, 8]
print(sorted(set(a) & set(b)), sorted(set(a) ^ set(b)))

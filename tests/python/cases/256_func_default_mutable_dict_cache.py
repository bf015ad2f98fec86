def cached(n, _cache={}):
    if n in _cache:
        return 'hit ' + str(_cache[n])
    _cache[n] = n * n
    return 'miss ' + str(_cache[n])
print(cached(3), cached(4), cached(3))
print(cached.__defaults__)

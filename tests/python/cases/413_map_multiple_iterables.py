print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6, 7])))
print(list(map(pow, [2, 3, 4], [5, 2])), list(map(max, [1, 9], [5, 2], [3, 3])))
print(list(map(str.join, ['-', '+'], ['ab', 'cd'])), list(map(len, ['', 'a', 'ab'])))
log = []
def tag(x):
    log.append(x)
    return x * 10
m = map(tag, range(5))
print(log, next(m), log, list(m), log)
print(list(map(lambda *a: sum(a), [1, 2], [3, 4], [5, 6], [7, 8])))
print(list(map(int, '123')), list(map(str.upper, 'ab')), list(map(tuple, ['ab', 'c'])))
try:
    map(len)
except TypeError as e:
    print('TypeError', e)
try:
    list(map(lambda a: a, [1], [2]))
except TypeError as e:
    print('TypeError', e)

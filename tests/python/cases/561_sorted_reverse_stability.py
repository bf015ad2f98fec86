recs = [('b', 2), ('a', 1), ('c', 2), ('d', 1), ('e', 3), ('f', 2)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
print(list(reversed(sorted(recs, key=lambda r: r[1]))))
words = ['bb', 'A', 'c', 'aa', 'B', 'ccc', 'C']
print(sorted(words, key=str.lower), sorted(words, key=str.lower, reverse=True))
print(sorted(words, key=len, reverse=True))
step1 = sorted(recs, key=lambda r: r[0], reverse=True)
step2 = sorted(step1, key=lambda r: r[1])
print(step2)
lst = [3, 1, 2]
lst.sort(reverse=True)
print(lst, sorted('hello', reverse=True), sorted({3: 'x', 1: 'y'}), sorted((2, 1), reverse=False))
print(sorted([1.0, 1, True, 0, False, 0.0], reverse=True), sorted([1.0, 1, True, 0, False, 0.0]))
calls = []
def key(x):
    calls.append(x)
    return -x
print(sorted([5, 2, 8], key=key), calls)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print('TypeError', e)
try:
    sorted(['a', 1])
except TypeError as e:
    print('TypeError', e)
print(sorted([], key=len, reverse=True), sorted([[2, 'b'], [1, 'z'], [2, 'a']]))

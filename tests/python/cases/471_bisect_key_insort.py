import bisect
recs = [('a', 1), ('b', 3), ('c', 3), ('d', 7)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ('x', 3), key=lambda r: r[1])
bisect.insort_left(recs, ('y', 3), key=lambda r: r[1])
print(recs)
a = [1, 2, 4, 8]
print(bisect.bisect_left(a, 4, 0, 2), bisect.bisect_right(a, 4, 3), bisect.bisect(a, 0, lo=1))
bisect.insort(a, 3, 0, 3)
print(a)
try:
    bisect.bisect([1], 1, lo=-1)
except ValueError as e:
    print('ValueError', e)
words = []
for w in ['pear', 'fig', 'banana', 'kiwi']:
    bisect.insort(words, w, key=len)
print(words)
desc = [9, 7, 5, 3]
print(bisect.bisect_left(desc, -6, key=lambda x: -x))
print(bisect.bisect_right([], 5), bisect.bisect_left([1.5, 2.5], 2))

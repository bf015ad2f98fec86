import bisect
from bisect import bisect_left, bisect_right, insort_left, insort_right, insort


def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, 'raised', type(e).__name__, e)


a = [1, 3, 3, 3, 5, 7]
for x in [0, 1, 2, 3, 4, 5, 6, 7, 8]:
    print(x, bisect_left(a, x), bisect_right(a, x), bisect.bisect(a, x))
print(bisect_left(a, 3, 2), bisect_left(a, 3, 0, 2), bisect_right(a, 3, 0, 3), bisect_right(a, 3, lo=4))
print(bisect_left(a, 3, hi=-1), bisect_right(a, 3, 1, -5), bisect_left([], 1), bisect_right([], 1))
insort(a, 4); insort_left(a, 3); insort_right(a, 3); insort_left(a, 0); insort(a, 100)
print(a)
show('lo neg', lambda: bisect_left(a, 1, -1))
show('none', lambda: bisect_left(None, 1))
show('hi big', lambda: bisect_left([1, 2], 3, 0, 5))
def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 60, 75, 89, 90, 100]])
print(bisect_left([(1, 'a'), (2, 'b')], (2, '')), bisect_left(['a', 'c'], 'b'))
recs = [('ann', 21), ('bob', 25), ('cy', 25), ('dee', 30)]
print(bisect_left(recs, 25, key=lambda r: r[1]), bisect_right(recs, 25, key=lambda r: r[1]))
insort(recs, ('eve', 25), key=lambda r: r[1]); insort_left(recs, ('fay', 25), key=lambda r: r[1])
print(recs)
words = ['apple', 'fig', 'banana']
words.sort(key=len)
insort(words, 'kiwi', key=len)
print(words, bisect.bisect(words, 5, key=len), bisect_left(words, 5, 1, 3, key=len))
s = []
for v in [5, 2, 8, 2, 9, 1, 5]:
    insort(s, v)
print(s)

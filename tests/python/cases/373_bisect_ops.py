import bisect
a = [1, 3, 3, 3, 5, 7]
print(bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), bisect.bisect(a, 4), bisect.bisect_left(a, 0), bisect.bisect(a, 10))
bisect.insort(a, 4)
bisect.insort_left(a, 3)
print(a)
def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 60, 75, 89, 90, 100]])
print(bisect.bisect_left([(1, 'a'), (2, 'b')], (2, '')), bisect.bisect_left(['a', 'c'], 'b'))

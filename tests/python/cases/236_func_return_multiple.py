def minmax(xs):
    return min(xs), max(xs)
lo, hi = minmax([3, 1, 4, 1, 5])
print(lo, hi, minmax([2]))
def nothing():
    pass
def early(x):
    if x:
        return
    return 'end'
print(nothing(), early(1), early(0))
def multi():
    return 1, [2], {'three': 3}
print(multi())

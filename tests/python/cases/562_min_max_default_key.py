print(min([], default='empty'), max((), default=None), max([3], default=0))
print(min([4, 1, 3], default=99), max('abc', key=ord, default='?'))
pairs = [('x', 3), ('y', 1), ('z', 3), ('w', 1)]
print(max(pairs, key=lambda p: p[1]), min(pairs, key=lambda p: p[1]))
print(max(3, 1, 4, key=lambda v: -v), min('b', 'a', 'c'), max([1, 2], [1, 2, 0]))
print(max(iter([5, 9, 2])), min(range(5, 0, -1)), max({'a': 1, 'b': 0}), max('apple', 'fig', key=len))
print(max([0.0, -0.0]), max([-0.0, 0.0]), min(1, 1.0), min(1.0, 1), max(True, 1), max(1, True))
for call in [lambda: min([]), lambda: max(()), lambda: min(1, 2, default=0), lambda: max(5), lambda: min(), lambda: max(1, 'a')]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
nan = float('nan')
print(max([nan, 1, 2]), max([1, nan, 2]), min([2, nan]))
print(min([[3], [1, 2], [1]]), max(['10', '9', '100'], key=int), max(['10', '9', '100']))
print(max(range(0), default=-1), min('', default='no chars'), max([None], key=lambda v: 0))

m = map(None, [1, 2])
print(type(m).__name__)
try:
    list(m)
except TypeError as e:
    print('TypeError', e)
try:
    map(len)
except TypeError as e:
    print('TypeError', e)
try:
    map(len, 5)
except TypeError as e:
    print('TypeError', e)
data = [0, 1, '', 'a', None, [], [0], 0.0, -1, False, True, (), ((),)]
print(list(filter(None, data)))
print(list(filter(bool, data)) == list(filter(None, data)))
print(list(filter(lambda v: v is not None, data)))
class Falsy:
    def __bool__(self):
        return False
    def __repr__(self):
        return 'Falsy'
class Empty:
    def __len__(self):
        return 0
print(list(filter(None, [Falsy(), 1, Empty(), 2])))
print(list(map(str.upper, 'ab')), list(map(pow, [2, 3], [3, 2], [5, 5])))
print(list(map(lambda *a: a, 'ab', 'cde')))
f = filter(str.isdigit, 'a1b22c')
print(next(f), list(f), list(f))
import itertools
print(list(itertools.filterfalse(None, data)))
try:
    filter(None)
except TypeError as e:
    print('TypeError', e)

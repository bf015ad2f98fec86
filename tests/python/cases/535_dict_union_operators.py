a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
c = a | b
print(c, b | a, a)
a |= b
print(a)
a |= [('w', 0), ('x', 100)]
print(a)
a |= {}
print(a)
try:
    a | [('q', 1)]
except TypeError as e:
    print('TypeError', e)
try:
    a |= 5
except TypeError as e:
    print('TypeError', e)
from collections import OrderedDict, defaultdict, Counter
od = OrderedDict(a=1) | {'b': 2}
print(type(od).__name__, list(od.items()))
dd = defaultdict(list, k=[1]) | {'j': [2]}
print(type(dd).__name__, dict(dd))
class MyDict(dict):
    pass
m = MyDict(p=1) | {'q': 2}
print(type(m).__name__, m)
r = {'q': 2} | MyDict(p=1)
print(type(r).__name__, r)
print({**{'a': 1}, 'a': 2, **{'b': 3}})
print({1: 'int'} | {1.0: 'float'}, {True: 't'} | {1: 'one'})

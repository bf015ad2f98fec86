d = {}
print(d.setdefault('a'), d)
print(d.setdefault('a', 5), d)
d['b'] = 0
print(d.setdefault('b', 99), d['b'])
groups = {}
for word in ['apple', 'bob', 'avocado', 'cat', 'banana']:
    groups.setdefault(word[0], []).append(word)
print(groups)
shared = []
m = {}
m.setdefault(1, shared).append('x')
m.setdefault(2, shared).append('y')
print(m, m[1] is m[2])
nested = {}
nested.setdefault('a', {}).setdefault('b', {})['c'] = 1
nested.setdefault('a', {}).setdefault('d', 2)
print(nested)
try:
    d.setdefault([1], 2)
except TypeError as e:
    print('TypeError', e)
try:
    d.setdefault()
except TypeError as e:
    print('TypeError', e)
n = {1: 'one'}
print(n.setdefault(1.0, 'float'), n.setdefault(True, 'bool'), n)
from collections import defaultdict
dd = defaultdict(int)
print(dd.setdefault('k', 7), dd['k'], dd['new'], dict(dd))

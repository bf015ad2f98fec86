d = {'a': 1, 'b': 2, 'c': 3}
print(d.popitem(), d)
d['z'] = 26
d['a'] = 100
print(d.popitem(), d)
del d['a']
d['a'] = 'back'
print(list(d), d.popitem())
while d:
    print('pop', d.popitem())
try:
    d.popitem()
except KeyError as e:
    print('KeyError', e)
from collections import OrderedDict
od = OrderedDict.fromkeys('abcd')
print(od.popitem(), od.popitem(last=False), list(od))
od.move_to_end('b', last=False)
print(list(od))
s = {5, 3, 9}
out = []
while s:
    out.append(s.pop())
print(sorted(out))
try:
    set().pop()
except KeyError as e:
    print('KeyError', e)
x = {i: i * i for i in range(5)}
print([x.popitem() for _ in range(3)], x)

class Counting(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.misses = 0
    def __missing__(self, key):
        self.misses += 1
        return key * 2
d = Counting(a=1)
print(d['a'], d['b'], d.get('c'), d.get('c', 'dflt'), 'b' in d, d.misses)
print(d.setdefault('e', 5), d.pop('zz', 'none'), d, d.misses)
class Storing(dict):
    def __missing__(self, key):
        self[key] = value = [key]
        return value
s = Storing()
s['x'].append(1)
s['y']
print(s, len(s))
class Raising(dict):
    def __missing__(self, key):
        raise LookupError('custom ' + str(key))
try:
    Raising()['q']
except LookupError as e:
    print(type(e).__name__, e)
class Plain(dict):
    pass
try:
    Plain()['z']
except KeyError as e:
    print('KeyError', e)
class Sub(Counting):
    pass
print(Sub()['k'])
from collections import defaultdict
dd = defaultdict(lambda: 'made')
print(dd['m'], dd.get('n'), dict(dd))
dd2 = defaultdict(None)
try:
    dd2['x']
except KeyError as e:
    print('KeyError', e)

from collections import OrderedDict
od = OrderedDict.fromkeys('abcde', 0)
od.move_to_end('a')
od.move_to_end('e', last=False)
print(list(od))
print(od.popitem(), od.popitem(last=False), list(od))
od['b'] = 9
print(list(od.items()))
del od['c']
od['c'] = 1
print(list(od), list(reversed(od)))
try:
    od.move_to_end('zz')
except KeyError as e:
    print('KeyError', e)
x = OrderedDict(a=1, b=2)
y = OrderedDict(b=2, a=1)
print(x == y, dict(x) == dict(y), x == dict(y), dict(y) == x)
print(x | {'c': 3}, repr(OrderedDict()), OrderedDict([('k', 'v')]))
class LRU(OrderedDict):
    def __init__(self, cap):
        super().__init__()
        self.cap = cap
    def get_(self, k):
        self.move_to_end(k)
        return self[k]
    def put(self, k, v):
        self[k] = v
        self.move_to_end(k)
        if len(self) > self.cap:
            self.popitem(last=False)
cache = LRU(2)
cache.put(1, 'a')
cache.put(2, 'b')
cache.get_(1)
cache.put(3, 'c')
print(list(cache.items()))

class Bag:
    def __init__(self):
        self.items = {}
    def __len__(self):
        return len(self.items)
    def __getitem__(self, k):
        return self.items[k]
    def __setitem__(self, k, v):
        print('set', k, v)
        self.items[k] = v
    def __delitem__(self, k):
        print('del', k)
        del self.items[k]
    def __contains__(self, k):
        return k in self.items
b = Bag()
b['a'] = 1
b['b'] = 2
print(len(b), b['a'], 'a' in b, 'z' in b, 'z' not in b)
del b['a']
print(len(b), bool(b))
try:
    b['missing']
except KeyError as e:
    print('KeyError', e)

class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in 'hello':
    c[ch] += 1
print(c, c['z'], 'z' in c, c.get('z'))
class AutoTree(dict):
    def __missing__(self, key):
        self[key] = AutoTree()
        return self[key]
t = AutoTree()
t['a']['b']['c'] = 1
print(t)
class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
u = Upper()
u['x'] = 1
print(u, Upper(y=2))

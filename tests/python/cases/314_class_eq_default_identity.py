class P:
    def __init__(self, v):
        self.v = v
a = P(1)
b = P(1)
print(a == b, a == a, a is a, a != b)
lst = [a]
print(a in lst, b in lst, lst.index(a), lst.count(b))
d = {a: 'found'}
print(d.get(a), d.get(b))

import copy
a = [1, [2, 3]]
a.append(a)
b = copy.deepcopy(a)
print(b[2] is b, b[1] is a[1], b[1] == a[1], len(b))
d = {'k': [1]}
d['self'] = d
e = copy.deepcopy(d)
print(e['self'] is e, e['k'] is d['k'])
shared = [0]
pair = (shared, shared)
cp = copy.deepcopy(pair)
print(cp[0] is cp[1], cp[0] is shared)
class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None
x, y = Node('x'), Node('y')
x.peer, y.peer = y, x
x2 = copy.deepcopy(x)
print(x2.name, x2.peer.name, x2.peer.peer is x2, x2.peer is y)
class Tracked:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print('__copy__ called')
        return Tracked(self.v)
    def __deepcopy__(self, memo):
        print('__deepcopy__ called', type(memo).__name__)
        return Tracked(copy.deepcopy(self.v, memo))
t = Tracked([1, 2])
t1 = copy.copy(t)
t2 = copy.deepcopy(t)
print(t1.v is t.v, t2.v is t.v, t2.v == t.v)
s = copy.copy({1, 2})
print(s, copy.deepcopy(frozenset([1])) == frozenset([1]))

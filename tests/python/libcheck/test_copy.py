import copy
from collections import deque, defaultdict, OrderedDict, Counter, namedtuple


def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, 'raised', type(e).__name__, e)


orig = {'nums': [1, 2], 'nested': {'k': [3]}, 't': (1, [2]), 's': {1, 2}}
shallow = copy.copy(orig)
deep = copy.deepcopy(orig)
orig['nums'].append(99)
orig['nested']['k'].append(4)
orig['t'][1].append(5)
print(shallow, deep)
print(shallow['nums'] is orig['nums'], deep['nums'] is orig['nums'], deep['s'] is orig['s'], deep['s'] == orig['s'])
a = [1, 2]
b = [a, a]
c = copy.deepcopy(b)
c[0].append(3)
print(b, c, c[0] is c[1])
l = [1]
l.append(l)
m = copy.deepcopy(l)
print(m[1] is m, m[0], len(m))
d = {}
d['self'] = d
e = copy.deepcopy(d)
print(e['self'] is e)

class Node:
    def __init__(self, v):
        self.v = v
        self.kids = []
n = Node(1)
n.kids.append(Node(2))
n.kids.append(n)
mm = copy.deepcopy(n)
mm.kids[0].v = 20
print(n.kids[0].v, mm.kids[0].v, copy.copy(n).kids is n.kids, mm.kids[1] is mm, type(mm).__name__)

t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) is not None, copy.deepcopy((1, 'a', None)) == (1, 'a', None))
print(copy.copy(5), copy.copy('s'), copy.copy(None), copy.copy(len) is len, copy.deepcopy(Node) is Node)
print(copy.copy([1, [2]]), copy.copy({1: 2}), copy.copy({3}), copy.copy(frozenset([1])))
fs = frozenset([1, 2])
print(copy.copy(fs) is fs, copy.deepcopy(fs) == fs)

class WithHooks:
    def __init__(self, x):
        self.x = x
    def __copy__(self):
        print('__copy__ called')
        return WithHooks(self.x + 1)
    def __deepcopy__(self, memo):
        print('__deepcopy__ called', type(memo).__name__)
        return WithHooks(copy.deepcopy(self.x, memo) * 10)
w = WithHooks(1)
print(copy.copy(w).x, copy.deepcopy(w).x, copy.deepcopy([w, w])[0].x)

class Slotted:
    __slots__ = ('a', 'b')
s = Slotted(); s.a = [1]
s2 = copy.copy(s); s3 = copy.deepcopy(s)
print(s2.a is s.a, s3.a == s.a, s3.a is s.a, hasattr(s2, 'b'))

class Reduced:
    def __init__(self, v):
        self.v = v
    def __reduce__(self):
        return (Reduced, (self.v * 2,))
print(copy.copy(Reduced(2)).v, copy.deepcopy(Reduced(3)).v)

class State:
    def __init__(self):
        self.data = [1]
    def __getstate__(self):
        return {'data': self.data, 'extra': 'added'}
    def __setstate__(self, st):
        self.__dict__.update(st)
        self.restored = True
st = copy.deepcopy(State())
print(st.data, st.extra, st.restored)

class MyList(list):
    pass
ml = MyList([1, [2]]); ml.tag = 'x'
ml2 = copy.copy(ml); ml3 = copy.deepcopy(ml)
print(type(ml2).__name__, ml2, ml2.tag, ml3, ml3[1] is ml[1], ml2[1] is ml[1])
class MyDict(dict):
    pass
md = MyDict(a=[1]); md.attr = 2
md2 = copy.deepcopy(md)
print(type(md2).__name__, md2, md2.attr, md2['a'] is md['a'])

dq = deque([1, [2]], maxlen=5)
dq2 = copy.copy(dq); dq3 = copy.deepcopy(dq)
print(dq2, dq3, dq2[1] is dq[1], dq3[1] is dq[1], dq3.maxlen)
dd = defaultdict(list, a=[1])
dd2 = copy.deepcopy(dd); dd3 = copy.copy(dd)
print(dd2, dd2['a'] is dd['a'], dd3['a'] is dd['a'], dd2.default_factory)
od = OrderedDict(b=[1], a=2)
print(copy.deepcopy(od), copy.copy(od), copy.deepcopy(Counter('hello')))
P = namedtuple('P', 'x y')
p = P(1, [2])
p2 = copy.deepcopy(p); p3 = copy.copy(p)
print(p2, type(p2).__name__, p2.y is p.y, p3 is p or p3 == p)

class Err(Exception):
    pass
er = copy.deepcopy(Err('msg', [1]))
print(type(er).__name__, er.args)
print(copy.copy(ValueError('x', 2)).args)

memo = {}
x = [1, 2]
y = copy.deepcopy([x, x], memo)
print(y[0] is y[1], id(x) in memo, memo[id(x)] is y[0])
print(copy.Error.__name__, copy.error is copy.Error, issubclass(copy.Error, Exception))
o = object()
print(type(copy.copy(o)).__name__, copy.copy(o) is o)
import sys
def g():
    yield 1
for label, obj in [('module', sys), ('generator', g())]:
    try:
        copy.copy(obj)
        print(label, 'copied')
    except TypeError as e:
        print(label, 'TypeError', e)
    try:
        copy.deepcopy([obj])
        print(label, 'deep copied')
    except TypeError as e:
        print(label, 'TypeError', e)

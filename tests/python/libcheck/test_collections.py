from collections import deque, defaultdict, OrderedDict, Counter, namedtuple, ChainMap
import collections


def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, 'raised', type(e).__name__, e)


# ---- deque
d = deque()
print(d, len(d), bool(d), d.maxlen)
for i in range(20):
    d.append(i)
    d.appendleft(-i)
print(d, len(d), d[0], d[-1], d[20], d[-20])
print([d.pop() for _ in range(5)], [d.popleft() for _ in range(5)], d)
d = deque('abc')
d.extend('de')
d.extendleft('xy')
print(d, d.count('a'), d.index('c'), 'e' in d, 'z' in d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.rotate(0); d.rotate(7); print(d)
d.rotate(-100); print(d)
d.reverse(); print(d, list(reversed(d)))
d.remove('a'); print(d)
d.insert(2, 'Q'); d.insert(-1, 'R'); d.insert(100, 'S'); d.insert(-100, 'T'); print(d)
d[0] = 'first'; d[-1] = 'last'; print(d)
del d[1]; del d[-2]; print(d)
d2 = d.copy(); d2.append('new'); print(d == d2, d != d2, d < d2, d2 > d, d <= d, d >= d2)
d.clear(); print(d, len(d))
show('pop empty', lambda: deque().pop())
show('popleft empty', lambda: deque().popleft())
show('index missing', lambda: deque([1, 2]).index(5))
show('remove missing', lambda: deque([1, 2]).remove(5))
show('getitem', lambda: deque([1])[5])
show('getitem str', lambda: deque([1])['a'])
show('maxlen neg', lambda: deque([], -1))
show('maxlen float', lambda: deque([], 1.5))
show('noniter', lambda: deque(1))
show('insert full', lambda: deque([1], 1).insert(0, 2))
show('lt list', lambda: deque([1]) < [1] and None or None) if False else None
try:
    deque([1]) < [1]
except TypeError:
    print('lt list TypeError')
show('eq list', lambda: deque([1]) == [1])
show('add list', lambda: deque([1]) + [2])
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, 2 * deque([0]), deque([1]) * 0)
b = deque(range(10), maxlen=3)
print(b, b.maxlen, repr(deque('ab', 2)), deque(maxlen=0), deque([], maxlen=5))
b.append(10); print(b)
b.appendleft(-1); print(b)
b.extend([20, 21]); print(b)
b.extendleft([30, 31]); print(b)
b.rotate(1); print(b)
z = deque(maxlen=0); z.append(1); z.appendleft(2); print(z)
d = deque([1, 2, 3])
d += [4, 5]
print(d)
d *= 2
print(d, d.index(4, 4), d.index(1, -5, -1) if 1 in list(d)[-5:-1] else 'n/a', d.count(5))
d = deque([1, 2]); d.extend(d); print(d)
d = deque([1]); d.append(d); print(d)
def mutate():
    d = deque([1, 2, 3])
    for x in d:
        d.append(x)
show('mutate', mutate)
d = deque(range(100))
for i in range(1000):
    d.append(d.popleft() * 1)
    if i % 7 == 0:
        d.rotate(3)
print(sum(d), d[0], d[50], len(d))
d = deque(range(5))
print(d.pop(), d.popleft(), list(d), [x * 2 for x in d])
try:
    hash(deque())
except TypeError:
    print('hash TypeError')

# ---- defaultdict
dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print(dd, dd['zz'], len(dd), dd.default_factory)
print(dict(dd), isinstance(dd, dict), dd.get('nope'), 'nope' in dd)
ddi = defaultdict(int)
for ch in 'mississippi':
    ddi[ch] += 1
print(ddi, sorted(ddi.items()))
dn = defaultdict()
print(dn, dn.default_factory)
show('missing none', lambda: dn['x'])
show('bad factory', lambda: defaultdict(1))
print(defaultdict(int, a=1), defaultdict(list, [('x', [1])]), defaultdict(int, {'q': 2}))
c = ddi.copy(); c['new'] += 5
print(type(c).__name__, c.default_factory, c['new'], 'new' in ddi)
n = defaultdict(lambda: defaultdict(int))
n['a']['b'] += 1
print(n['a']['b'], dict(n['a']))
print(defaultdict(int, a=1) | {'b': 2}, {'z': 0} | defaultdict(int, a=1))
print(defaultdict(int, {1: 2}) == {1: 2})

# ---- OrderedDict
od = OrderedDict()
od['b'] = 1; od['a'] = 2; od['c'] = 3
print(od, list(od), list(od.keys()), list(od.values()), list(od.items()))
od.move_to_end('b'); print(od)
od.move_to_end('c', last=False); print(od)
print(od.popitem(), od.popitem(last=False), od)
show('popitem empty', lambda: OrderedDict().popitem())
show('move missing', lambda: OrderedDict().move_to_end('x'))
print(OrderedDict(), OrderedDict(a=1), OrderedDict([('x', 1), ('y', 2)]), OrderedDict({'k': 'v'}))
o1 = OrderedDict(a=1, b=2); o2 = OrderedDict(b=2, a=1)
print(o1 == o2, o1 == dict(b=2, a=1), dict(b=2, a=1) == o1, o1 != o2)
o3 = o1.copy(); o3['c'] = 3
print(o3, type(o3).__name__, list(reversed(o3)))
print(OrderedDict.fromkeys('abc', 0), o1 | {'z': 26})
o1.update([('q', 1)], w=2); print(o1)
print(o1.setdefault('a', 9), o1.setdefault('new', 9), o1.pop('q'), o1)
del o1['a']; print(o1, len(o1), 'b' in o1)
r = OrderedDict(); r['self'] = r; print(r)

# ---- Counter
c = Counter('abracadabra')
print(c, c['a'], c['zzz'], len(c))
print(c.most_common(), c.most_common(2), c.most_common(0))
print(sorted(c.elements()), list(Counter(a=2, b=0, c=-1, d=1).elements()))
print(Counter(), Counter({'x': 3, 'y': -1}), Counter(cats=4, dogs=8), Counter(['a', 'b', 'a']))
c.update('zzz'); c.update({'a': 10}); c.update(b=1); print(c)
c.subtract('aaa'); c.subtract({'z': 5}); c.subtract(r=2); print(c)
x, y = Counter(a=3, b=1, e=-2), Counter(a=1, b=2, f=-1)
print(x + y, x - y, y - x, x | y, x & y, +x, -x)
print(x == Counter(a=3, b=1, e=-2), x == Counter(a=3, b=1), Counter(a=1) == Counter(a=1, b=0), x != y)
print(Counter(a=1) <= Counter(a=2), Counter(a=1) < Counter(a=1), Counter(a=1, b=1) >= Counter(a=1), Counter(a=2) > Counter(a=1))
print(x.total(), Counter().total(), sum(x.values()))
z = Counter(a=1, b=2); z += Counter(a=-5, c=1); print(z)
z = Counter(a=1, b=2); z -= Counter(b=5); print(z)
z = Counter(a=1, b=2); z |= Counter(a=4); print(z)
z = Counter(a=1, b=2); z &= Counter(a=4, c=1); print(z)
del z['nope']; del z['a']; print(z)
show('fromkeys', lambda: Counter.fromkeys('ab'))
print(Counter('aaabbc').copy(), type(Counter('a').copy()).__name__)
print(Counter({'a': 1.5, 'b': 0.5}), Counter({1: 'x'}) if False else '')
print(Counter([3, 1, 3, 2, 3, 1]).most_common(), Counter('ab') == {'a': 1, 'b': 1})
words = 'the quick brown fox jumps over the lazy dog the end'.split()
print(Counter(words).most_common(3))

# ---- namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(3, y=4)
print(p, p.x, p[1], p._asdict(), p._replace(x=10), Point._fields, Point._field_defaults)
print(Point.__name__, Point.__doc__, Point.x.__doc__, Point.__qualname__, Point.__module__)
x, y = p
print(x + y, p == (3, 4), len(p), isinstance(p, tuple), hash(p) == hash((3, 4)), p + (5,))
print(Point._make([5, 6]), Point._make(iter('ab')), p[:1], p.count(3), p.index(4))
print(sorted([Point(2, 1), Point(1, 2)]), max(Point(1, 9), Point(2, 0)))
Emp = namedtuple('Emp', 'name dept', defaults=['none'])
print(Emp('ann'), Emp._make(['bob', 'it']), Emp._field_defaults, Emp('c', dept='d'))
P3 = namedtuple('P3', 'a, b c', defaults=(1, 2))
print(P3(0), P3(0, 5), P3(a=9), P3._fields)
show('missing1', lambda: Point(1))
show('missing2', lambda: Point())
show('missing3', lambda: namedtuple('Q', 'a b c')())
show('too many', lambda: Point(1, 2, 3))
show('too many defaults', lambda: P3(1, 2, 3, 4))
show('unexpected kw', lambda: Point(1, 2, z=3))
show('multiple', lambda: Point(1, x=2))
show('make wrong', lambda: Point._make([1]))
show('replace bad', lambda: p._replace(z=1))
show('underscore', lambda: namedtuple('Q', ['a', '_b']))
show('dup', lambda: namedtuple('Q', ['a', 'a']))
show('keyword', lambda: namedtuple('Q', ['a', 'def']))
show('ident', lambda: namedtuple('Q', ['a', '1x']))
show('typename', lambda: namedtuple('1Q', ['a']))
show('defaults', lambda: namedtuple('Q', 'a b', defaults=[1, 2, 3]))
print(namedtuple('Q', ['a', 'def', '_c', 'a'], rename=True)._fields)
E = namedtuple('E', '')
print(E(), E._fields, len(E()))
show('E args', lambda: E(1))
class Sub(namedtuple('Base', 'a b')):
    def total(self):
        return self.a + self.b
s = Sub(1, 2)
print(s, s.total(), type(s).__name__, Sub.__mro__[1].__name__)
show('setattr', lambda: setattr(p, 'x', 5))
show('delattr', lambda: delattr(p, 'x'))
print(p.__match_args__ if hasattr(p, '__match_args__') else '', getattr(Point, '__slots__', None))
match p:
    case Point(x=3, y=yy):
        print('matched', yy)

# ---- ChainMap
baseline = {'music': 'bach', 'art': 'rembrandt'}
adjustments = {'art': 'van gogh', 'opera': 'carmen'}
cm = ChainMap(adjustments, baseline)
print(cm, cm['art'], cm['music'], len(cm), list(cm), 'opera' in cm, cm.get('x', 'dflt'))
print(sorted(cm.items()), sorted(cm.keys()), sorted(cm.values()))
cm['new'] = 1; print(adjustments)
del cm['new']
show('del missing', lambda: cm.__delitem__('music'))
show('getitem missing', lambda: cm['nope'])
child = cm.new_child({'art': 'monet'})
print(child['art'], child.parents['art'], len(child.maps), ChainMap(), ChainMap({}).maps)
print(dict(cm), cm == dict(cm), bool(ChainMap({})), bool(cm))
print(cm.pop('opera'), adjustments, cm.copy().maps[0] is adjustments)

# ---- OrderedDict views
ov = OrderedDict([('b', 1), ('a', 2)])
print(ov.keys(), ov.values(), ov.items(), len(ov.keys()), 'a' in ov.keys(), 2 in ov.values(), ('a', 2) in ov.items())
print(list(reversed(ov.keys())), list(reversed(ov.values())), list(reversed(ov.items())))
print(ov.keys() == {'a', 'b'}, ov.keys() == ['b', 'a'], ov.keys() & {'a', 'z'}, sorted(ov.keys() | {'z'}), ov.keys() - {'a'})
print(ov.items() == {('b', 1), ('a', 2)}, ov.keys() == {'b': 0, 'a': 0}.keys(), ov.keys().isdisjoint(['x']))
ov['c'] = 3
ks = ov.keys()
ov['d'] = 4
print(ks, list(ks))
print(OrderedDict().keys(), sorted({'a'} | ov.keys()))

# ---- UserDict / UserList / UserString
from collections import UserDict, UserList, UserString
ud = UserDict({'a': 1}, b=2)
ud['c'] = 3
print(ud, len(ud), ud['a'], 'b' in ud, sorted(ud.keys()), ud.get('z', 0), ud.data)
class Lower(UserDict):
    def __setitem__(self, key, value):
        self.data[key.lower()] = value
lo = Lower({'AB': 1})
lo['CD'] = 2
print(lo, lo == {'ab': 1, 'cd': 2})
ul = UserList([3, 1, 2])
ul.append(0); ul.sort()
print(ul, ul[1:], type(ul[1:]).__name__, ul + [9], len(ul), ul == [0, 1, 2, 3])
us = UserString('hello')
print(us, us.upper(), us + '!', len(us), us[1:3], 'ell' in us, us == 'hello')

class Addr:
    def __init__(self):
        self.city = 'Lyon'
        self.lines = ['1 Rue A', 'Apt 2']
class User:
    def __init__(self):
        self.name = 'Zoe'
        self.addr = Addr()
        self.meta = {'role': 'admin', 'ids': [10, 20, 30]}
u = User()
print('{0.name} lives in {0.addr.city}'.format(u))
print('{u.addr.lines[1]} / {u.meta[role]} / {u.meta[ids][2]}'.format(u=u))
print('{0[0]}{0[1][0]}{1[k]}'.format(['a', 'bc'], {'k': 'K'}))
print('{[x]:>6}|{.name!r:^10}|'.format({'x': 'xv'}, u))
print('{0[1]} {0[-1]}'.format({1: 'int key', '-1': 'str key'}))
m = {'0': 'str zero', 0: 'int zero'}
print('{0[0]}'.format(m))
try:
    '{0.missing}'.format(u)
except AttributeError as e:
    print('AttributeError', e)
try:
    '{0[5]}'.format([1])
except IndexError as e:
    print('IndexError', e)
try:
    '{0[nokey]}'.format({})
except KeyError as e:
    print('KeyError', e)
try:
    '{name}'.format(nom=1)
except KeyError as e:
    print('KeyError', e)
print('{0.real} {0.imag}'.format(7), '{.__name__}'.format(int))
print('{a.addr.city:*^12}'.format_map({'a': u}))

log = []
class Box:
    def __init__(self):
        self.d = {'k': 1}
    def __getitem__(self, k):
        log.append(f'getitem {k}')
        return self.d[k]
    def __setitem__(self, k, v):
        log.append(f'setitem {k}={v}')
        self.d[k] = v
def get_box():
    log.append('get_box')
    return box
def key():
    log.append('key')
    return 'k'
def val():
    log.append('val')
    return 5
box = Box()
get_box()[key()] += val()
print(log, box.d)
log.clear()
class Obj:
    def __getattribute__(self, n):
        log.append('getattr ' + n)
        return object.__getattribute__(self, n)
    def __setattr__(self, n, v):
        log.append(f'setattr {n}={v}')
        object.__setattr__(self, n, v)
o = Obj()
o.a = 1
o.a += 2
print(log)
log.clear()
lst = [[0, 0], [0, 0]]
i = 0
lst[i][i + 1] += 7
print(lst)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print('TypeError', e)
print(t)
s = 'ab'
s *= 2
n = [1]
alias = n
n *= 2
print(s, n, alias is n)

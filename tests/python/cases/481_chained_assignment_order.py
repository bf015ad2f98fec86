log = []
class Rec:
    def __setitem__(self, k, v):
        log.append(('set', k, v))
def src():
    log.append('src')
    return [1, 2]
r = Rec()
r['a'] = r['b'] = src()
print(log)
a = b = []
a.append(1)
print(a, b, a is b)
x = y = z = 0
x += 1
print(x, y, z)
lst = [0, 0, 0]
i = 0
i = lst[i] = 2
print(i, lst)
lst2 = [0, 0, 0]
j = 0
lst2[j] = j = 2
print(j, lst2)
p, q = m, n = 1, 2
print(p, q, m, n)
first, *rest = s = 'hello'
print(first, rest, s)
d = {}
d['x'] = d['y'] = d
print(d['x'] is d, len(d))

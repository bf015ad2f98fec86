from collections import defaultdict, Counter
dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print(dd, dict(dd), dd['missing'], len(dd))
cnt = defaultdict(int)
for ch in 'banana':
    cnt[ch] += 1
print(dict(cnt))
c = Counter('abracadabra')
print(c)
print(c.most_common(2), c['a'], c['z'])
c2 = Counter(a=1, b=5)
print(c + c2, c - c2, c2 - c)
c.update('aaz')
print(c.most_common(1), sum(c.values()), sorted(c.elements())[:6])
print(Counter([3, 1, 3, 2, 3, 1]).most_common())

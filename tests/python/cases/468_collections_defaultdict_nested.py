from collections import defaultdict
graph = defaultdict(list)
for a, b in [(1, 2), (1, 3), (2, 3), (3, 1)]:
    graph[a].append(b)
    graph[b]
print(dict(graph), sorted(graph))
tree = lambda: defaultdict(tree)
t = tree()
t['a']['b']['c'] = 1
t['a']['x'] = 2
def todict(d):
    return {k: todict(v) if isinstance(d[k], defaultdict) else v for k, v in d.items()}
print(todict(t))
groups = defaultdict(set)
for w in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    groups[w[0]].add(len(w))
print({k: sorted(v) for k, v in groups.items()})
dd = defaultdict(int, {'a': 5})
dd['b'] += 1
print(dd, dd.default_factory, repr(defaultdict(list)))
print('z' in dd, dd.get('z'), len(dd))
copy = dd.copy()
copy['c'] += 2
print(type(copy).__name__, dict(copy), dict(dd))
counts = defaultdict(lambda: defaultdict(int))
for w in ['ab', 'ba', 'aa']:
    for ch in w:
        counts[w][ch] += 1
print({k: dict(v) for k, v in counts.items()})

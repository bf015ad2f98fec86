text = 'mississippi'
counts = {}
for ch in text:
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
groups = {}
for w in ['apple', 'bob', 'avocado', 'cat', 'banana']:
    groups.setdefault(w[0], []).append(w)
print(groups)
print(sorted(counts.items(), key=lambda kv: kv[1], reverse=True))

words = 'Level noon Python racecar Stats moon'.split()
for w in words:
    print(w, w.lower() == w.lower()[::-1])
text = 'the quick brown fox jumps over the lazy dog the end'
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])

vals = [2.5, -1.25, 3.75, 0.5]
print(sum(vals), max(vals), min(vals), sum(vals) / len(vals))
print(sum(vals, 10), sum([0.5, 0.25], 0.125))
print(sorted(vals, reverse=True), abs(-2.5))

words = ['alpha', 'beta', None, 'delta']
lengths = (len(w) for w in words)
print(next(lengths), next(lengths))
print(sum(lengths))

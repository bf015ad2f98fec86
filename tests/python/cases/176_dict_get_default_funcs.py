handlers = {'add': lambda a, b: a + b, 'mul': lambda a, b: a * b}
for op in ['add', 'mul', 'sub']:
    f = handlers.get(op, lambda a, b: None)
    print(op, f(3, 4))
d = {}
for w in 'a b a c b a'.split():
    d[w] = d.get(w, 0) + 1
print(d, max(d.items(), key=lambda kv: kv[1]))

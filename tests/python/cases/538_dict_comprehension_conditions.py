nums = range(1, 16)
print({n: n * n for n in nums if n % 2 if n % 3})
print({n: ('fizz' if n % 3 == 0 else 'odd' if n % 2 else 'even') for n in range(1, 8)})
words = ['apple', 'Bob', 'avocado', 'cat', 'Anna', 'bee']
print({w[0].lower(): w for w in words})
print({w: len(w) for w in words if w[0].isupper()})
m = {(i, j): i * j for i in range(3) for j in range(3) if i <= j}
print(m)
inv = {v: k for k, v in {'a': 1, 'b': 2, 'c': 1}.items()}
print(inv)
print({k: v for k, v in zip('abc', range(10))}, {x: None for x in ''})
cond = {k: v for k, v in [('x', 0), ('y', ''), ('z', [1]), ('w', None)] if v}
print(cond)
data = {'b': 2, 'a': 1, 'c': 3}
print({k: data[k] for k in sorted(data)}, {k: v for k, v in sorted(data.items(), key=lambda kv: -kv[1])})
total = 0
def side(x):
    global total
    total += x
    return x
r = {side(i): side(i * 10) for i in range(3)}
print(r, total)
print({i % 3: i for i in range(10)})

data = [3, 8, 1, 9, 4]
print([y for x in data if (y := x * 2) > 6], y)
total = 0
partial_sums = [total := total + x for x in data]
print(partial_sums, total)
print(any((hit := v) > 8 for v in data), hit)
print(all((miss := v) < 5 for v in data), miss)
def f():
    [last := i for i in range(4)]
    return last
print(f())
vals = {k: (sq := k * k) for k in range(3)}
print(vals, sq)
def g():
    return [(n, m) for n in range(3) if (m := n * 10) > 0]
print(g())
lines = ['a=1', 'bad', 'b=2']
parsed = [(k, v) for line in lines if len(parts := line.split('=')) == 2 for k, v in [parts]]
print(parsed, parts)
class C:
    items = [1, 2]
print([z := 5, z + 1])

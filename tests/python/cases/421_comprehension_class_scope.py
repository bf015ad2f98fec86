class C:
    factor = 10
    items = [1, 2, 3]
    scaled = [x * 2 for x in items]
    try:
        bad = [x * factor for x in items]
    except NameError as e:
        err = str(e)
print(C.scaled, C.err)
x = 'outer'
r = [x for x in 'ab']
print(x, r)
y = 5
g = (y + i for i in range(3))
y = 100
print(list(g))
first = [i for i in range(3)]
print([j for j in range(3) if j not in first[1:]])
def f():
    n = 2
    return [[n * i for i in range(k)] for k in range(4)]
print(f())
print({k: [k * v for v in range(2)] for k in 'ab'})

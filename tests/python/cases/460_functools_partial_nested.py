from functools import partial
def f(a, b, c=3, *, d=4, **kw):
    return (a, b, c, d, kw)
p1 = partial(f, 1)
p2 = partial(p1, 2, d=40)
p3 = partial(p2, c=30, extra='x')
print(p1(2), p2(), p3(), p3(d=99, extra='y'))
print(p3.func is f, p3.args, sorted(p3.keywords.items()), type(p3).__name__)
print(p2.func is f, p2.args, p2.keywords)
base2 = partial(int, base=2)
print(base2('1010'), base2('11', base=10), partial(max, key=len)('a', 'abc', 'ab'))
p4 = partial(partial(pow, 2), 10)
print(p4(), p4.args, partial(str.replace, 'hello', 'l')('L'))
try:
    partial(f)()
except TypeError as e:
    print('TypeError', e)
try:
    partial(5)
except TypeError as e:
    print('TypeError', e)
print(list(map(partial(f, 0, c=0), 'ab')))

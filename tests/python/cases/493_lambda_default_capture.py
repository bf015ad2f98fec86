fs_late = [lambda: i for i in range(3)]
fs_bound = [lambda i=i: i for i in range(3)]
print([f() for f in fs_late], [f() for f in fs_bound], [f(10) for f in fs_bound])
x = 1
cap = lambda y=x: y
x = 2
print(cap(), (lambda: x)())
default_list = lambda item, acc=[]: (acc.append(item), acc)[1]
print(default_list(1), default_list(2), default_list(3, []))
print((lambda *a, **k: (a, sorted(k)))(1, 2, b=3, a=4))
print((lambda a, /, b, *, c=9: (a, b, c))(1, b=2))
print(list((lambda: (yield 1))()), (lambda x: lambda y: x + y)(3)(4))
l = lambda n: 1 if n <= 1 else n * l(n - 1)
print(l(10), l.__name__, (lambda: 0).__qualname__)
print(cap.__defaults__, default_list.__defaults__, (lambda a, *, b=2: 0).__kwdefaults__)
compose = lambda *fs: lambda v: [v := f(v) for f in fs][-1]
print(compose(str.strip, str.upper, len)('  hello '))

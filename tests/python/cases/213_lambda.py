sq = lambda x: x * x
print(sq(7), (lambda: 'no args')(), (lambda a, b=2: a * b)(3))
print((lambda *a, **k: (a, k))(1, z=2))
pairs = [(1, 'b'), (3, 'a'), (2, 'c')]
print(sorted(pairs, key=lambda p: p[1]))
print(list(map(lambda x, y: x + y, [1, 2], [10, 20])))
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, sq)(4) + '!')
print(sq.__name__)

x = 'outer'
r = [x for x in range(3)]
print(x, r)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs2 = [lambda i=i: i for i in range(3)]
print([f() for f in funcs2])
y = 10
print([y + k for k in range(3)])

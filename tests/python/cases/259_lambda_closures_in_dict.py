def make_ops():
    ops = {}
    for name, sym in [('add', '+'), ('sub', '-')]:
        ops[name] = lambda a, b, s=sym: f'{a}{s}{b}'
    return ops
ops = make_ops()
print(ops['add'](1, 2), ops['sub'](5, 3))
adders = {n: (lambda x, n=n: x + n) for n in range(3)}
print([adders[k](10) for k in adders])

def apply(f, *args):
    return f(*args)
ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, 'max': max}
for k in ops:
    print(k, apply(ops[k], 7, 3))
funcs = [len, str.upper, lambda s: s[::-1]]
print([f('abc') for f in funcs])
def returns_func():
    return print
returns_func()('printed via returned function')

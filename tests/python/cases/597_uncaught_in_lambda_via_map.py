def apply_all(funcs, value):
    return [f(value) for f in funcs]
transforms = [
    lambda s: s.upper(),
    lambda s: s[::-1],
    lambda s: s + 1,
]
print(list(map(lambda x: x * 2, [1, 2])))
print(apply_all(transforms[:2], 'abc'))
print(apply_all(transforms, 'abc'))

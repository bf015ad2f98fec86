a = 'abc'
b = ''.join(['a', 'b', 'c'])
print(a == b, hash(a) == hash(b), a is not None)
d = {a: 1}
print(d[b], b in d, 'ab' + 'c' in d)
print({'x': 1} == {'x': 1}, 'abc' != 'abd')

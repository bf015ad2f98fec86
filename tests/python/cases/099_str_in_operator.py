s = 'hello world'
print('world' in s, 'World' in s, '' in s, 'o w' in s, 'x' not in s)
print('' in '', 'a' in '')
try:
    1 in 'abc'
except TypeError as e:
    print('TypeError', e)

a = {'x': 1, 'y': [1, 2]}
b = {'y': [1, 2], 'x': 1}
print(a == b, a != b, {1: 'a'} == {1.0: 'a'})
nested = {'outer': {'inner': {'deep': 42}}}
print(nested['outer']['inner']['deep'])
nested['outer']['other'] = {}
nested['outer']['other']['k'] = 'v'
print(nested)
try:
    {} < {}
except TypeError as e:
    print('TypeError', e)

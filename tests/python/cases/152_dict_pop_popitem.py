d = {'x': 1, 'y': 2, 'z': 3}
print(d.pop('y'), d)
print(d.pop('q', 'default'))
try:
    d.pop('q')
except KeyError as e:
    print('KeyError', e)
print(d.popitem(), d)
d['w'] = 4
print(d.popitem(), d.popitem(), d)
try:
    d.popitem()
except KeyError as e:
    print('KeyError', e)

class Default(dict):
    def __missing__(self, key):
        return '<' + key + '>'
print('{name} is {age} years, {city}'.format_map(Default(name='Ann', age=30)))
print('{x}{y}'.format_map({'x': 1, 'y': 2}))
d = {'a': 1, 'b': [10, 20]}
print('{a} {b[1]} {a:>4}|{b!r}'.format_map(d))
class Counting:
    def __init__(self):
        self.seen = []
    def __getitem__(self, k):
        self.seen.append(k)
        return k.upper()
c = Counting()
print('{x}-{y}-{x}'.format_map(c), c.seen)
try:
    '{missing}'.format_map({})
except KeyError as e:
    print('KeyError', e)
try:
    '{0}'.format_map({'0': 'zero'})
except (ValueError, KeyError, IndexError) as e:
    print(type(e).__name__, e)
print('{{literal}} {k}'.format_map({'k': 'v'}))

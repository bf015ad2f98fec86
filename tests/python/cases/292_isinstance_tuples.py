vals = [1, 1.5, 'a', [1], (1,), {1: 1}, None, True]
for v in vals:
    print(repr(v), isinstance(v, (int, float)), isinstance(v, (list, tuple)), type(v).__name__)
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(type, object), isinstance(int, type))
try:
    isinstance(1, 'int')
except TypeError as e:
    print('TypeError', e)

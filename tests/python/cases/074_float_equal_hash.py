print(hash(1.0) == hash(1), hash(2.5) == hash(2.5))
d = {1: 'int', 1.0: 'float', True: 'bool'}
print(d)
d2 = {2.0: 'a'}
d2[2] = 'b'
print(d2, len(d2))
print({1, 1.0, True})

s = 'filename.tar.gz'
print(s.startswith('file'), s.startswith('name'), s.startswith('name', 4))
print(s.endswith('.gz'), s.endswith(('.zip', '.gz')), s.startswith(('a', 'b')))
print(s.endswith('tar', 0, 12), ''.startswith(''), 'a'.endswith(''))
try:
    s.startswith(['file'])
except TypeError as e:
    print('TypeError', e)

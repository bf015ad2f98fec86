d = {'one': 1, 'two': 2, 'three': 3}
for k in d:
    print(k, end=' ')
print()
for k, v in d.items():
    print(f'{k}={v}', end=' ')
print()
print(sum(d.values()), max(d, key=d.get), sorted(d, key=d.get, reverse=True))
try:
    for k in d:
        d['new'] = 0
except RuntimeError as e:
    print('RuntimeError', e)

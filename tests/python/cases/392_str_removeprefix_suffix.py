s = 'TestCaseTest'
print(s.removeprefix('Test'), s.removesuffix('Test'), s.removeprefix('Case'), s.removesuffix(''))
print(s.removeprefix(s), repr(s.removesuffix(s)), s.removeprefix('TestCaseTestX'))
print('aaa'.removeprefix('a'), 'aaa'.removesuffix('aa'), ''.removeprefix(''))
print(s.lstrip('Test'), s.removeprefix('Test'))
print(b'prefix-data'.removeprefix(b'prefix-'), b'data.bin'.removesuffix(b'.bin'))
try:
    s.removeprefix(None)
except TypeError as e:
    print('TypeError', e)
try:
    s.removesuffix(('a', 'b'))
except TypeError as e:
    print('TypeError', e)
names = ['test_alpha.py', 'beta.py', 'test_gamma.txt']
print([n.removeprefix('test_').removesuffix('.py') for n in names])

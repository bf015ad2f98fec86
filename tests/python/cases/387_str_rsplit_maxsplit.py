s = 'a,b,,c,d'
print(s.rsplit(','), s.rsplit(',', 1), s.rsplit(',', 2), s.rsplit(',', 0), s.rsplit(',', -1))
print(s.split(',', 2), s.rsplit(sep=',', maxsplit=3))
t = '  the  quick   brown fox  '
print(t.rsplit(), t.rsplit(None, 1), t.rsplit(maxsplit=2), t.split(maxsplit=2))
print(''.rsplit(), ''.rsplit(','), '   '.rsplit(), ','.rsplit(','))
print('a::b::c'.rsplit('::', 1), 'aaa'.rsplit('aa'), 'aaa'.split('aa'))
print('x\ty\nz'.rsplit(None, 1))
try:
    'abc'.rsplit('')
except ValueError as e:
    print('ValueError', e)

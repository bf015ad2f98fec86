class P:
    def __repr__(self):
        return 'P()'
    def __str__(self):
        return 'a P'
    def __format__(self, spec):
        return 'fmt[' + spec + ']'
p = P()
print(f'{p} {p!r} {p!s} {p:xyz}')
print(f'{"é"!a} {"abc"!r:>8}|')
print(format(p, 'q'), str(p), repr(p), '{}'.format(p), '{!r}'.format(p))

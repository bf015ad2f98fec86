class CM:
    def __init__(self, n, fail=False):
        self.n = n
        self.fail = fail
    def __enter__(self):
        print('enter', self.n)
        if self.fail:
            raise RuntimeError('enter failed ' + str(self.n))
        return self.n
    def __exit__(self, *exc):
        print('exit', self.n, exc[0].__name__ if exc[0] else None)
with CM(1) as a, CM(2) as b:
    print('body', a, b)
try:
    with CM(1), CM(2, fail=True), CM(3):
        print('not reached')
except RuntimeError as e:
    print('caught', e)
try:
    with CM(1) as a, CM(2) as b:
        raise ValueError('in body')
except ValueError as e:
    print('caught', e)

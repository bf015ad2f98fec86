class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print('exit', self.name, exc_type.__name__ if exc_type else None)
        if exc_type is None:
            raise RuntimeError(f'{self.name} failed to close')
        return False
with Resource('first') as r:
    print('using', r.name)

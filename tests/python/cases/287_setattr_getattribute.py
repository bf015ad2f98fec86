class Logged:
    def __setattr__(self, name, value):
        print('setting', name, '=', value)
        super().__setattr__(name, value)
    def __getattribute__(self, name):
        if name.startswith('secret'):
            raise AttributeError('access denied: ' + name)
        return object.__getattribute__(self, name)
o = Logged()
o.a = 1
o.secret_key = 'x'
print(o.a)
try:
    o.secret_key
except AttributeError as e:
    print('AttributeError', e)
class ReadOnly:
    def __init__(self):
        object.__setattr__(self, 'v', 5)
    def __setattr__(self, n, v):
        raise AttributeError(f'{n} is read-only')
r = ReadOnly()
print(r.v)
try:
    r.v = 6
except AttributeError as e:
    print('AttributeError', e)

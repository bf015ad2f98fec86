class Base:
    cls_attr = 'from class'
    def __init__(self):
        self.inst_attr = 'from instance'
    def __getattr__(self, name):
        if name.startswith('dyn_'):
            return 'dynamic ' + name[4:]
        raise AttributeError(f'{type(self).__name__} has no {name}')
    @property
    def prop(self):
        return 'from property'
    @property
    def broken(self):
        raise AttributeError('inside property')
b = Base()
print(b.inst_attr, b.cls_attr, b.prop, b.dyn_thing)
try:
    b.broken
except AttributeError as e:
    print('AttributeError via __getattr__:', e)
try:
    b.missing
except AttributeError as e:
    print('AttributeError', e)
print(getattr(b, 'missing', 'default'), hasattr(b, 'dyn_x'), hasattr(b, 'nope'))
class Logged:
    def __init__(self):
        self.calls = []
    def __getattribute__(self, name):
        if name != 'calls':
            object.__getattribute__(self, 'calls').append(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return 'fallback ' + name
l = Logged()
l.real = 1
print(l.real, l.fake, l.calls)
class Shadow:
    x = 'class'
s = Shadow()
s.__dict__['x'] = 'instance'
print(s.x, Shadow.x)

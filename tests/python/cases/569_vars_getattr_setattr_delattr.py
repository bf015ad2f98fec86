class Obj:
    cls_attr = 'c'
    def __init__(self):
        self.a = 1
o = Obj()
print(vars(o), 'cls_attr' in vars(o), 'cls_attr' in vars(Obj))
vars(o)['b'] = 2
print(o.b, o.__dict__ is vars(o))
setattr(o, 'c', 3)
setattr(o, 'not an identifier', 4)
print(vars(o), getattr(o, 'not an identifier'))
print(getattr(o, 'missing', 'dflt'), getattr(o, 'cls_attr', 'dflt'), getattr(o, 'a', None))
try:
    getattr(o, 'missing')
except AttributeError as e:
    print('AttributeError', e)
delattr(o, 'a')
print(hasattr(o, 'a'), vars(o))
try:
    delattr(o, 'a')
except AttributeError as e:
    print('AttributeError', e)
try:
    delattr(o, 'cls_attr')
except AttributeError as e:
    print('AttributeError', e)
try:
    getattr(o, 5)
except TypeError as e:
    print('TypeError', e)
try:
    vars(5)
except TypeError as e:
    print('TypeError', e)
class Slotted:
    __slots__ = ('x',)
try:
    vars(Slotted())
except TypeError as e:
    print('TypeError', e)
def fn():
    pass
setattr(fn, 'tag', 'on function')
print(fn.tag, vars(fn))
setattr(Obj, 'added', lambda self: 'method via setattr')
print(o.added(), getattr(o, 'added')())
class Dyn:
    def __getattr__(self, name):
        return name * 2
print(getattr(Dyn(), 'ab'), getattr(Dyn(), 'x', 'unused'), hasattr(Dyn(), 'anything'))

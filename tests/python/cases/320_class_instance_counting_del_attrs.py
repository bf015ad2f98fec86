class Obj:
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)
o = Obj(a=1, b=2)
print(vars(o))
del o.a
print(vars(o), hasattr(o, 'a'))
try:
    del o.a
except AttributeError as e:
    print('AttributeError', e)
o.__dict__['c'] = 3
print(o.c, getattr(o, 'b'))

class C:
    a = 1
c = C()
setattr(c, 'b', 2)
print(getattr(c, 'a'), getattr(c, 'b'), getattr(c, 'z', 'dflt'), hasattr(c, 'b'), hasattr(c, 'z'))
delattr(c, 'b')
print(hasattr(c, 'b'))
try:
    getattr(c, 'z')
except AttributeError as e:
    print('AttributeError', e)
try:
    delattr(c, 'a')
except AttributeError as e:
    print('AttributeError', e)
print(sorted(k for k in vars(c)), sorted(k for k in vars(C) if not k.startswith('__')))

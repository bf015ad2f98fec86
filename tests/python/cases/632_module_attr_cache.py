# Module attributes through the interpreter's cache (LOAD_ATTR and
# LOAD_METHOD of `module.name`): rebinding, deleting, adding, a module
# __getattr__ (PEP 562), the same name as a global, another module at the same site.
import math
import helper_mod_632 as h

def read():
    return h.value, h.f()

print(read())
h.value = 2
def f2():
    return 'f2'
h.f = f2
print(read())
del h.value
try:
    read()
except AttributeError as e:
    print('AttributeError', e)
h.value = 3
print(read())
h.__getattr__ = lambda name: 'dynamic ' + name
print(h.missing, h.value)
for i in range(30):
    h.__dict__['extra%d' % i] = i
print(read(), h.extra29)

def sqrt(x):
    return 'global sqrt'
def both(x):
    return math.sqrt(x), sqrt(x)
print(both(16.0))
math_sqrt = math.sqrt
import string
def first(mod):
    return mod.__name__
print([first(m) for m in (math, h, string, math)])
def attr_of(mod):
    return mod.pi if mod is math else mod.value
print([attr_of(m) for m in (math, h, math, h)])
print(type(h).__name__, h.__name__)
print(hasattr(h, 'anything'), getattr(h, 'other', 'default'))
def strict(name):
    raise AttributeError('no ' + name)
h.__getattr__ = strict
print(hasattr(h, 'anything'), getattr(h, 'other', 'default'))
try:
    h.gone
except AttributeError as e:
    print('AttributeError', e)

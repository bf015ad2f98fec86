print(isinstance(1, (str, (float, (int,)))), isinstance('a', ((int,), (list, (dict, str)))))
print(isinstance(1.0, ()), isinstance(True, (int,)), isinstance(True, ((bool,),)), isinstance(None, (type(None), int)))
print(issubclass(bool, (str, (int,))), issubclass(int, ((), (float,))), issubclass(list, (object,)))
class A: pass
class B(A): pass
class C: pass
print(isinstance(B(), (C, (A,))), issubclass(B, (C, ((A, C),))), issubclass(A, (B, C)))
types_ = (int, (float, (str, (list, (dict,)))))
for v in [1, 2.0, 's', [1], {}, (), None]:
    print(repr(v), isinstance(v, types_))
try:
    isinstance(1, (int, 'str'))
except TypeError as e:
    print('TypeError', e)
try:
    isinstance(1, ('str', int))
except TypeError as e:
    print('TypeError', e)
try:
    issubclass(1, int)
except TypeError as e:
    print('TypeError', e)
print(isinstance(int, type), isinstance(type, type), isinstance(type, object), issubclass(type, object))

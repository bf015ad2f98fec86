class O: pass
class F(O): pass
class E(O): pass
class D(O): pass
class C(D, F): pass
class B(D, E): pass
class A(B, C): pass
def names(cls):
    return [k.__name__ for k in cls.__mro__]
print(names(A))
print(names(B), names(C))
print([k.__name__ for k in A.mro()], A.__mro__ == tuple(A.mro()))
print([b.__name__ for b in A.__bases__], A.__base__.__name__, O.__bases__[0].__name__)
print(names(bool), names(int))
class MyList(list): pass
class MyDict(dict): pass
print(names(MyList), names(MyDict))
print(names(KeyError), names(FileNotFoundError))
print(type(A.__mro__).__name__, len(object.__mro__), object.__bases__)
class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
try:
    class Bad(Z, W): pass
except TypeError as e:
    print('TypeError', e)
print(issubclass(A, O), issubclass(A, F), A.__mro__.index(E) < A.__mro__.index(F))

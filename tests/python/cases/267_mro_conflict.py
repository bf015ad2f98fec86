class X: pass
class Y: pass
class A(X, Y): pass
class B(Y, X): pass
try:
    class C(A, B): pass
except TypeError as e:
    print('TypeError', e)
class P: pass
class Q(P): pass
try:
    class R(P, Q): pass
except TypeError as e:
    print('TypeError', e)
class R2(Q, P): pass
print([k.__name__ for k in R2.__mro__])

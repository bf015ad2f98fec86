x = 'global x'
class C:
    x = 'class x'
    y = x.upper()
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
    def method(self):
        return x
    def uses_y(self):
        return y
    @staticmethod
    def static():
        return x
    lam = lambda self: x
print(C().method(), C.static(), C().lam(), C.y, C.doubled)
try:
    C().uses_y()
except NameError as e:
    print('NameError', e)
try:
    class D:
        factor = 3
        vals = [v * factor for v in range(3)]
except NameError as e:
    print('NameError', e)
class E:
    factor = 3
    vals = [v for v in range(factor)]
    pairs = [(a, b) for a in range(2) for b in 'xy']
print(E.vals, E.pairs)
def outer():
    z = 'enclosing z'
    class Inner:
        z = 'class z'
        def get(self):
            return z
        got_at_class_time = z
    return Inner().get(), Inner.got_at_class_time
print(outer())
def outer2():
    w = 'enclosing w'
    class K:
        try:
            print('class body sees', w)
        except NameError as e:
            print('NameError in class body:', e)
        w = 'shadow'
        print('then', w)
    class J:
        seen = w
    return K.w, J.seen, w
print(outer2())

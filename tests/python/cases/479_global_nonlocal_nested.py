x = 'global x'
def outer():
    x = 'outer x'
    def middle():
        def inner_nonlocal():
            nonlocal x
            x = 'set by inner_nonlocal'
        def inner_global():
            global x
            x = 'set by inner_global'
        inner_nonlocal()
        inner_global()
        return x
    r = middle()
    return r, x
print(outer(), x)
def counter():
    count = 0
    def make():
        def inc():
            nonlocal count
            count += 1
            return count
        return inc
    a, b = make(), make()
    return a(), b(), a(), lambda: count
*vals, get = counter()
print(vals, get())
def shadow():
    y = 1
    def f():
        y = 2
        def g():
            nonlocal y
            y += 10
            return y
        return g(), y
    return f(), y
print(shadow())
def declare_global_new():
    global brand_new
    brand_new = 'created'
declare_global_new()
print(brand_new)
def class_in_func():
    v = 'enclosing'
    class K:
        v = 'class body'
        def m(self):
            return v
    return K().m(), K.v
print(class_in_func())

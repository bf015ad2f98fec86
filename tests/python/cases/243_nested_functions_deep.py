def a():
    x = 1
    def b():
        y = 2
        def c():
            z = 3
            def d():
                return x + y + z
            return d()
        return c()
    return b()
print(a())
def outer():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return add
    add(1)(2)(3)
    return total
print(outer())

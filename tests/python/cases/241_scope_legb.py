x = 'global x'
def outer():
    x = 'outer x'
    def inner():
        return x
    return inner()
print(outer())
def shadow():
    len = lambda s: 'shadowed'
    return len('abc')
print(shadow(), len('abc'))
def read_global():
    return x
print(read_global())
y = 1
def use_before():
    return [y for _ in range(2)]
print(use_before())

x = 'global'
def f():
    x = 'enclosing'
    def g():
        nonlocal x
        x = 'modified by g'
    g()
    return x
print(f(), x)
def h():
    global x
    x = 'changed'
h()
print(x)
def k():
    global newvar
    newvar = 42
k()
print(newvar)

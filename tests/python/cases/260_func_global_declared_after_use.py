x = 1
def f():
    y = x + 1
    return y
print(f())
def g():
    global x
    x = x * 10
    return x
print(g(), g(), x)
def h():
    return globals()['x']
print(h())

n = 10
def f(x=n):
    return x
n = 20
print(f())
def g(x=[n, n * 2]):
    return x
n = 99
print(g())
counter = 0
def make():
    global counter
    counter += 1
    return counter
def h(v=make()):
    return v
print(h(), h(), counter)

def c(x):
    return 100 / x
def b(x):
    return c(x - 1) + 1
def a(x):
    return b(x) * 2
print(a(5))
print(a(1))

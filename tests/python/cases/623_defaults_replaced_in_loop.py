# __defaults__ replaced while a hot loop calls the function; a class made by a metaclass
def f(a, b=2):
    return a * b
def run(n):
    s = 0
    for i in range(n):
        s += f(i)
        if i == n // 2:
            f.__defaults__ = (5,)
    return s
print(run(3000), run(3000))
class Meta(type):
    def make(cls):
        return cls()
class A(metaclass=Meta):
    pass
def g(n):
    c = 0
    for i in range(n):
        c += isinstance(A.make(), A)
    return c
print(g(2000))

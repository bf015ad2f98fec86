fs = []
for i in range(3):
    fs.append(lambda: i * 10)
print([f() for f in fs])
fs = []
for i in range(3):
    fs.append(lambda i=i: i * 10)
print([f() for f in fs])
def make(i):
    return lambda: i * 10
print([make(i)() for i in range(3)])
def outer():
    x = 1
    def inner():
        return x
    x = 2
    return inner
print(outer()())

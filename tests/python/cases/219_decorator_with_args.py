def repeat(times):
    def deco(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def hello(n):
    return 'hi ' + str(n)
print(hello(1))
def tag(name):
    def deco(f):
        return lambda *a: f'<{name}>{f(*a)}</{name}>'
    return deco
@tag('b')
@tag('i')
def text(s):
    return s
print(text('bold italic'))

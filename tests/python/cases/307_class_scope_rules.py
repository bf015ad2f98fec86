class C:
    x = 10
    y = x * 2
    items = [x + i for i in range(3)] if False else None
    def get_x(self):
        return x
x = 'module x'
print(C.y, C().get_x())
class D:
    v = 5
    try:
        w = [v for _ in range(2)]
    except NameError as e:
        w = 'NameError: ' + str(e)
print(D.w)

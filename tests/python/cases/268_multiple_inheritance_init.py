class Left:
    def __init__(self):
        print('Left')
        super().__init__()
class Right:
    def __init__(self):
        print('Right')
        super().__init__()
class Both(Left, Right):
    def __init__(self):
        print('Both')
        super().__init__()
Both()
class Mixin:
    def greet(self):
        return 'hello from ' + self.name()
class Named:
    def name(self):
        return type(self).__name__
class Thing(Mixin, Named):
    pass
print(Thing().greet())

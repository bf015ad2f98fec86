class Root:
    def __init__(self, **kwargs):
        print('Root gets', kwargs)
        super().__init__()
class Named(Root):
    def __init__(self, name, **kwargs):
        print('Named', name)
        self.name = name
        super().__init__(**kwargs)
class Sized(Root):
    def __init__(self, size=1, **kwargs):
        print('Sized', size)
        self.size = size
        super().__init__(**kwargs)
class Colored(Root):
    def __init__(self, *, color, **kwargs):
        print('Colored', color)
        self.color = color
        super().__init__(**kwargs)
class Widget(Named, Sized, Colored):
    def __init__(self, *args, **kwargs):
        print('Widget start')
        super().__init__(*args, **kwargs)
        print('Widget end')
w = Widget('btn', size=3, color='red')
print(w.name, w.size, w.color)
print([c.__name__ for c in Widget.__mro__])
w2 = Widget(name='x', color='blue', extra=True)
print(w2.size)
class Describer:
    def describe(self, depth=0):
        return ['Describer@%d' % depth]
class Left(Describer):
    def describe(self, depth=0):
        return ['Left@%d' % depth] + super().describe(depth + 1)
class Right(Describer):
    def describe(self, depth=0):
        return ['Right@%d' % depth] + super().describe(depth + 1)
class Both(Left, Right):
    def describe(self, depth=0):
        return ['Both@%d' % depth] + super(Left, self).describe(depth + 10)
print(Both().describe())
print(super(Both, Both()).describe(5))
try:
    Widget('y')
except TypeError as e:
    print('TypeError', e)

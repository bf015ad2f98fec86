class Shape:
    def area(self):
        raise NotImplementedError(f'{type(self).__name__} must implement area')
class Sq(Shape):
    def area(self):
        return 4
for s in [Sq(), Shape()]:
    try:
        print(s.area())
    except NotImplementedError as e:
        print('NotImplementedError', e)
print(issubclass(NotImplementedError, RuntimeError))

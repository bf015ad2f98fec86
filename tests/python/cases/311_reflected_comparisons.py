class Left:
    def __lt__(self, o):
        print('Left.__lt__')
        return NotImplemented
class Right:
    def __gt__(self, o):
        print('Right.__gt__')
        return True
print(Left() < Right())
try:
    Left() < Left()
except TypeError as e:
    print('TypeError', e)

"""Helper module for case 478."""
counter = 0
PI_ISH = 3.14
_private = 'hidden'
__all__ = ['bump', 'Greeter']
def bump(n=1):
    global counter
    counter += n
    return counter
class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self):
        return f'hello {self.name} from {__name__}'
print('helper_mod_478 loaded as', __name__)

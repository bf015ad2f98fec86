class A:
    def __eq__(self, o):
        print('A.__eq__')
        return NotImplemented
    def __add__(self, o):
        print('A.__add__')
        return NotImplemented
class B:
    def __eq__(self, o):
        print('B.__eq__')
        return 'B says equal'
    def __radd__(self, o):
        print('B.__radd__')
        return 'B radd result'
print(A() == B())
print(A() + B())
try:
    A() + 1
except TypeError as e:
    print('TypeError', e)
a = A()
print(a == a)
print(A() == A())

log = []
class A:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        log.append(f'A.__eq__({type(other).__name__})')
        if isinstance(other, A):
            return self.v == other.v
        return NotImplemented
class B:
    def __eq__(self, other):
        log.append('B.__eq__')
        return NotImplemented
a, b = A(1), B()
print(a == b, log)
log.clear()
print(b == a, log)
log.clear()
print(a != b, log)
log.clear()
print(a == A(1), a != A(2), log)
log.clear()
class SubA(A):
    def __eq__(self, other):
        log.append('SubA.__eq__')
        return NotImplemented
print(A(1) == SubA(1), log)
log.clear()
print(a == 1, 1 == a, log)
print([a] == [A(1)], a in [b, A(1)], [1, 2].count(A(2)))
class Lt:
    def __lt__(self, o):
        return NotImplemented
try:
    Lt() < Lt()
except TypeError as e:
    print('TypeError', e)

import functools
@functools.total_ordering
class Money:
    def __init__(self, c):
        self.c = c
    def __eq__(self, o):
        return self.c == o.c
    def __lt__(self, o):
        return self.c < o.c
a, b = Money(5), Money(7)
print(a < b, a <= b, a > b, a >= b, a == Money(5), a != b)

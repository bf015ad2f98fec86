from collections import namedtuple
Card = namedtuple('Card', 'rank suit')
c = Card('Q', 'hearts')
print(c, c._replace(suit='spades'), c._asdict(), Card._fields, Card._field_defaults)
print(Card._make(('A', 'clubs')), Card(*'2s'), c[0], c[-1], c[:1])
try:
    c._replace(color='red')
except ValueError as e:
    print('ValueError', e)
try:
    c.rank = 'K'
except AttributeError as e:
    print('AttributeError', e)
P = namedtuple('P', ['x', 'y', 'z'], defaults=[0, 0])
print(P(1), P(1, 2), P(1, z=5), P._field_defaults)
R = namedtuple('R', 'a def b', rename=True)
print(R._fields)
try:
    namedtuple('Bad', 'a a')
except ValueError as e:
    print('ValueError', e)
class Point(namedtuple('Point', 'x y')):
    __slots__ = ()
    def norm(self):
        return abs(self.x) + abs(self.y)
    def __str__(self):
        return f'<{self.x},{self.y}>'
p = Point(3, -4)
print(p, repr(p), p.norm(), p._replace(x=0), p == (3, -4), hash(p) == hash((3, -4)))
print(sorted([Card('3', 'b'), Card('2', 'z'), Card('3', 'a')]), Card.__name__, type(c).__name__)

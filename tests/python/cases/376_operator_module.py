import operator
from operator import itemgetter, attrgetter, methodcaller
rows = [('b', 2, 9.5), ('a', 3, 1.0), ('c', 1, 5.5)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(0, 2))[0])
print(itemgetter(2)(rows[0]), itemgetter(0, 1)(rows[1]), itemgetter('k')({'k': 'v'}))
class P:
    def __init__(self, name, age):
        self.name, self.age = name, age
ps = [P('x', 30), P('y', 20)]
print([p.name for p in sorted(ps, key=attrgetter('age'))], attrgetter('name', 'age')(ps[0]))
print(methodcaller('upper')('abc'), methodcaller('split', ',')('a,b'))
print(operator.add(2, 3), operator.mul('ab', 2), operator.neg(5), operator.not_(0), operator.truediv(7, 2))
print(operator.getitem([1, 2, 3], 1), operator.contains([1, 2], 2), operator.eq(1, 1.0), operator.pow(2, 5))

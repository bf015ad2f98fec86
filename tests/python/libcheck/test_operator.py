import operator
from operator import itemgetter, attrgetter, methodcaller


def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, 'raised', type(e).__name__, e)


rows = [('b', 2, 9.5), ('a', 3, 1.0), ('c', 1, 5.5)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(0, 2))[0])
print(itemgetter(2)(rows[0]), itemgetter(0, 1)(rows[1]), itemgetter('k')({'k': 'v'}), itemgetter(slice(1, None))('abc'))
print(repr(itemgetter(1)), repr(itemgetter(1, 'a')), repr(attrgetter('a.b', 'c')), repr(attrgetter('x')))
print(repr(methodcaller('split', ',', maxsplit=1)), repr(methodcaller('upper')))
show('ig none', lambda: itemgetter())
show('ig missing', lambda: itemgetter(5)([1]))
show('ag none', lambda: attrgetter())
show('ag int', lambda: attrgetter(1))
show('mc none', lambda: methodcaller())
show('mc int', lambda: methodcaller(1))
class P:
    def __init__(self, name, age, inner=None):
        self.name, self.age, self.inner = name, age, inner
ps = [P('x', 30, P('ix', 1)), P('y', 20, P('iy', 2))]
print([p.name for p in sorted(ps, key=attrgetter('age'))], attrgetter('name', 'age')(ps[0]))
print(attrgetter('inner.name')(ps[0]), attrgetter('inner.age', 'name')(ps[1]))
show('ag missing', lambda: attrgetter('real.x')(1))
print(methodcaller('upper')('abc'), methodcaller('split', ',')('a,b'), methodcaller('replace', 'a', 'b', 1)('aaa'))
print(methodcaller('get', 'k', default := 0)({}) if False else methodcaller('get', 'k', 7)({}))

print(operator.add(2, 3), operator.sub(2, 3), operator.mul('ab', 2), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.mod(7, 3), operator.pow(2, 10), operator.neg(5), operator.pos(-5), operator.abs(-3))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.lshift(1, 5), operator.rshift(64, 2))
print(operator.inv(5), operator.invert(-1), operator.not_(0), operator.truth([]), operator.truth([0]))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1.0), operator.ne(1, 2), operator.ge(1, 2), operator.gt(3, 2))
print(operator.is_(None, None), operator.is_not(1, None), operator.index(7), operator.index(True))
show('index float', lambda: operator.index(1.5))
print(operator.concat([1], [2]), operator.concat('a', 'b'), operator.contains([1, 2], 2), operator.countOf([1, 2, 1], 1))
show('concat int', lambda: operator.concat(1, 2))
print(operator.indexOf([4, 5, 6], 6), operator.getitem([1, 2, 3], 1), operator.getitem({'a': 1}, 'a'))
show('indexOf missing', lambda: operator.indexOf([1, 2], 3))
lst = [1, 2, 3]
operator.setitem(lst, 0, 'x'); operator.delitem(lst, 1)
print(lst, operator.length_hint([1, 2]), operator.length_hint(5, 9))
show('length_hint bad default', lambda: operator.length_hint(1, 'x'))
class Hint:
    def __length_hint__(self):
        return 4
print(operator.length_hint(Hint()), operator.call(len, [1, 2]), operator.call(max, 1, 5, key=lambda v: -v))
x = [1]
print(operator.iadd(x, [2]), x, operator.iadd(1, 2), operator.isub(5, 1), operator.imul([0], 3), operator.itruediv(1, 4))
print(operator.ifloordiv(9, 2), operator.imod(9, 4), operator.ipow(2, 3), operator.ilshift(1, 3), operator.irshift(8, 1))
print(operator.iand(6, 3), operator.ior(6, 3), operator.ixor(6, 3), operator.iconcat([1], [2]))
show('iconcat int', lambda: operator.iconcat(1, 2))
print(operator.__add__(1, 2), operator.__getitem__('ab', 0), operator.__not__(1), operator.__lt__(1, 2))
print(sorted(operator.__all__) == sorted(n for n in operator.__all__))
from functools import reduce
print(reduce(operator.mul, range(1, 6)), list(map(operator.itemgetter(0), ['ab', 'cd'])))

from operator import itemgetter, attrgetter, methodcaller
import operator
ig = itemgetter(1)
print(ig('abc'), ig([1, 2]), ig({1: 'one'}), itemgetter(slice(1, 3))('hello'), itemgetter(-1, 0)('xyz'))
print(itemgetter('a', 'b')({'a': 1, 'b': 2}), itemgetter(0)(itemgetter(1)([[0], ['x']])))
class Addr:
    def __init__(self, city):
        self.city = city
class Person:
    def __init__(self, name, city):
        self.name = name
        self.addr = Addr(city)
ps = [Person('zed', 'Oslo'), Person('amy', 'Bern'), Person('bo', 'Oslo')]
print([p.name for p in sorted(ps, key=attrgetter('addr.city', 'name'))])
print(attrgetter('addr.city')(ps[0]), attrgetter('name', 'addr.city')(ps[1]))
mc = methodcaller('rjust', 6, '.')
print(mc('ab'), methodcaller('get', 'k', 'dflt')({}), methodcaller('count', 'a')('banana'))
print(methodcaller('split', sep='-', maxsplit=1)('a-b-c'))
try:
    itemgetter(5)([1])
except IndexError as e:
    print('IndexError', e)
try:
    attrgetter('nope')(ps[0])
except AttributeError as e:
    print('AttributeError', e)
print(list(map(itemgetter(0), [(1, 2), (3, 4)])), operator.itemgetter(1)(range(5)))
print(repr(itemgetter(1, 2)), repr(attrgetter('a.b')), repr(methodcaller('f', 1, k=2)))

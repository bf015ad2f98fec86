import copy
class Box:
    def __init__(self, items, label):
        self.items = items
        self.label = label
b = Box([1, [2]], 'orig')
s = copy.copy(b)
d = copy.deepcopy(b)
print(type(s).__name__, s is b, s.items is b.items, d.items is b.items, d.items[1] is b.items[1])
s.label = 'shallow'
s.items.append(3)
print(b.label, b.items, d.items)
class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = [1]
        self.b = 'x'
sl = Slotted()
sc = copy.copy(sl)
sd = copy.deepcopy(sl)
print(sc.a is sl.a, sd.a is sl.a, sd.a, sc.b)
class Counter:
    copies = 0
    def __init__(self, data):
        self.data = data
    def __copy__(self):
        Counter.copies += 1
        new = Counter.__new__(Counter)
        new.data = self.data
        return new
    def __deepcopy__(self, memo):
        Counter.copies += 10
        return Counter(copy.deepcopy(self.data, memo))
c = Counter({'k': [1]})
lst = [c, c]
print(copy.copy(lst)[0] is c, Counter.copies)
dl = copy.deepcopy(lst)
print(dl[0] is dl[1], dl[0] is c, dl[0].data == c.data, Counter.copies)
print(copy.copy(5), copy.copy('s'), copy.copy((1, 2)) == (1, 2), copy.deepcopy((1, [2]))[1] == [2])
t = (1, 2)
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2])) is t)
def f(): pass
print(copy.copy(f) is f, copy.deepcopy(f) is f, copy.deepcopy(Box) is Box)

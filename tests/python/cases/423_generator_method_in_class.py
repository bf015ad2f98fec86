class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
    def walk(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.walk(depth + 1)
    def __iter__(self):
        for _, v in self.walk():
            yield v
    @classmethod
    def counts(cls, n):
        for i in range(n):
            yield cls.__name__ + str(i)
    @staticmethod
    def evens(limit):
        return (i for i in range(limit) if i % 2 == 0)
t = Tree('root', [Tree('a', [Tree('a1'), Tree('a2')]), Tree('b')])
for d, v in t.walk():
    print('  ' * d + v)
print(list(t), sorted(t), 'a2' in t)
print(list(Tree.counts(3)), list(Tree.evens(7)))
g = t.walk()
print(type(g).__name__, next(g), next(g))
print(Tree.walk.__name__, t.walk.__qualname__)

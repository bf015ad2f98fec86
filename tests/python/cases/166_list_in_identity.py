a = [1, [2, 3], 'x', None]
print(1 in a, [2, 3] in a, 'x' in a, None in a, 2 in a, 3 not in a)
class E:
    def __eq__(self, other):
        return True
print(E() in [1], 5 in [E()], [E()] == [1])
print(a.index([2, 3]))

class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i
s = Squares()
print(list(s), 9 in s, 10 in s)
for v in s:
    print(v, end=' ')
print()
class Sliceable:
    def __getitem__(self, key):
        return key
sl = Sliceable()
print(sl[1], sl[1:5], sl[::2], sl[1, 2], sl['k'])

class Seq:
    def __init__(self, data):
        self.data = data
    def __len__(self):
        return len(self.data)
    def __getitem__(self, i):
        if isinstance(i, slice):
            print('slice', i.start, i.stop, i.step, i.indices(len(self)))
            return Seq(self.data[i])
        return self.data[i]
    def __repr__(self):
        return f'Seq({self.data})'
s = Seq([10, 20, 30, 40, 50])
print(s[-1], s[1:4], s[::-2], s[:-1])
print(len(s), reversed(s).__class__.__name__, list(reversed(s)))

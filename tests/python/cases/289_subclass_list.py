class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3).push(4)
print(s, len(s), s.peek(), isinstance(s, list), type(s).__name__)
print(s + [5], type(s + [5]).__name__, s[1:3], type(s[1:3]).__name__)
class LoudList(list):
    def append(self, x):
        print('append', x)
        super().append(x)
l = LoudList()
l.append(1)
l.extend([2])
print(l)

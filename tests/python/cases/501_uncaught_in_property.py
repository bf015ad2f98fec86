class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h
    @property
    def ratio(self):
        return self.w / self.h
    @property
    def description(self):
        return f'{self.w}x{self.h} ratio {self.ratio:.2f}'
print(Rect(4, 2).description)
r = Rect(3, 0)
print('created', r.w, r.h)
print(r.description)

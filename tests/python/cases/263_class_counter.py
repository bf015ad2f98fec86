class Widget:
    count = 0
    def __init__(self):
        Widget.count += 1
        self.id = Widget.count
w1 = Widget()
w2 = Widget()
w3 = Widget()
print(Widget.count, w1.id, w3.id, w2.count)
class Bad:
    count = 0
    def __init__(self):
        self.count += 1
x = Bad(); y = Bad()
print(Bad.count, x.count, y.count)

class Config:
    debug = False
    items = []
    count = 0
    def enable(self):
        self.debug = True
    def add(self, x):
        self.items.append(x)
    def inc(self):
        self.count += 1
a, b = Config(), Config()
a.enable()
print(a.debug, b.debug, Config.debug, 'debug' in vars(a), 'debug' in vars(b))
a.add(1)
b.add(2)
print(a.items, b.items, Config.items, 'items' in vars(a))
a.inc()
a.inc()
print(a.count, b.count, Config.count)
Config.count = 10
print(a.count, b.count)
del a.count
print(a.count)
try:
    del a.count
except AttributeError as e:
    print('AttributeError', e)
class Child(Config):
    debug = 'child'
c = Child()
print(c.debug, Child.items is Config.items)
Config.debug = 'changed'
print(b.debug, c.debug)
def method(self):
    return 'added later'
Config.later = method
print(b.later(), c.later())

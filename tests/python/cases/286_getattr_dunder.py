class Proxy:
    def __init__(self, target):
        self.target = target
    def __getattr__(self, name):
        print('forwarding', name)
        return getattr(self.target, name)
p = Proxy([3, 1, 2])
p.append(0)
print(p.target, p.count(1))
class Default:
    x = 1
    def __getattr__(self, name):
        return f'default<{name}>'
d = Default()
print(d.x, d.y, getattr(d, 'anything'))
try:
    p.nonexistent
except AttributeError as e:
    print('AttributeError', e)

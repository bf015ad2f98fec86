# The generator underneath random.Random: the builtin _random.Random, as CPython's
import random
import _random

print(random.Random.__mro__[1] is _random.Random, _random.Random.random, _random.Random.__name__)
print(issubclass(random.Random, _random.Random), isinstance(random.Random(1), _random.Random))

# the builtin generator alone: seed() takes ints (the key is |n|'s 32-bit words)
g = _random.Random()
for s in (0, 1, 2 ** 32 - 1, 2 ** 32, 2 ** 53 + 1, 2 ** 64 + 3, -7, 10 ** 30):
    g.seed(s)
    print(s, g.random(), g.getrandbits(32), g.getrandbits(40), g.getrandbits(53), g.getrandbits(54), g.getrandbits(97))

# the state: 624 words and the index; a round trip past a twist (624 words drawn twice)
st = g.getstate()
print(type(st).__name__, len(st), max(st[:624]) < 2 ** 32, st[624])
a = [g.getrandbits(32) for _ in range(1300)]
g.setstate(st)
print(a == [g.getrandbits(32) for _ in range(1300)])
for bad in ((1, 2, 3), tuple(range(624)) + (625,)):
    try:
        g.setstate(bad)
    except ValueError as e:
        print('ValueError', e)

# a subclass of the builtin generator keeps its own state
class Counting(_random.Random):
    def __init__(self, seed):
        self.draws = 0
        self.seed(seed)

    def random(self):
        self.draws += 1
        return super().random()

c = Counting(5)
print([round(c.random(), 6) for _ in range(3)], c.draws)
print(Counting(5).getrandbits(16) == random.Random(5).getrandbits(16))

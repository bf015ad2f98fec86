# The same particle simulation as objects.ts, for python3 / pypy3.
import sys


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def scale(self, k):
        return Vec(self.x * k, self.y * k)

    def len2(self):
        return self.x * self.x + self.y * self.y


class Particle:
    __slots__ = ("pos", "vel", "trail")

    def __init__(self, pos, vel):
        self.pos = pos
        self.vel = vel
        self.trail = []


def main():
    steps = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    n = 2000
    seed = [7]

    def rnd():
        seed[0] = (seed[0] * 48271) % 2147483647
        return seed[0] / 2147483647

    ps = []
    for _ in range(n):
        ps.append(Particle(Vec(rnd(), rnd()), Vec(rnd() - 0.5, rnd() - 0.5)))
    gravity = Vec(0, -0.001)
    energy = 0.0
    history = []
    for s in range(steps):
        for p in ps:
            p.vel = p.vel.add(gravity).scale(0.999)
            p.pos = p.pos.add(p.vel.scale(0.01))
            if p.pos.y < 0:
                p.vel = Vec(p.vel.x, -p.vel.y)
            if s % 20 == 0:
                p.trail.append(p.pos)
                if len(p.trail) > 8:
                    p.trail = p.trail[1:]
        for _ in range(n // 10):
            i = int(rnd() * n)
            ps[i] = Particle(Vec(rnd(), rnd()), Vec(rnd() - 0.5, rnd() - 0.5))
        e = 0.0
        for p in ps:
            e += p.vel.len2()
        energy = e
        history.append(Vec(s, e))
    trails = sum(len(p.trail) for p in ps)
    print("energy %.6f history %d trails %d" % (energy, len(history), trails))


main()

# From pyperformance (https://github.com/python/pyperformance), file
# pyperformance/data-files/benchmarks/bm_float/run_benchmark.py at commit
# 1d3e21798ebf.
# License: MIT (pyperformance's license is in LICENSE next to this file).
# Used here as a test and benchmark input for the Python interpreter.
#
# Changed: only the pyperf harness. `import pyperf` and what used it were
# removed (the Runner, its command-line arguments and metadata), and the `if
# __name__ == "__main__":` block at the end is new: it runs a fixed workload,
# `python3 float.py [LOOPS]`, and prints what was computed so that the output
# can be checked. The rest of the code is unchanged.
"""
Artificial, floating point-heavy benchmark originally used by Factor.
"""
from math import sin, cos, sqrt


POINTS = 100000


class Point(object):
    __slots__ = ('x', 'y', 'z')

    def __init__(self, i):
        self.x = x = sin(i)
        self.y = cos(i) * 3
        self.z = (x * x) / 2

    def __repr__(self):
        return "<Point: x=%s, y=%s, z=%s>" % (self.x, self.y, self.z)

    def normalize(self):
        x = self.x
        y = self.y
        z = self.z
        norm = sqrt(x * x + y * y + z * z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def maximize(points):
    next = points[0]
    for p in points[1:]:
        next = next.maximize(p)
    return next


def benchmark(n):
    points = [None] * n
    for i in range(n):
        points[i] = Point(i)
    for p in points:
        p.normalize()
    return maximize(points)


if __name__ == "__main__":
    import sys
    loops = int(sys.argv[1]) if len(sys.argv) > 1 else 12

    for _ in range(loops):
        result = benchmark(POINTS)
    print(result)

# coding: utf-8
# From pyperformance (https://github.com/python/pyperformance), file
# pyperformance/data-files/benchmarks/bm_pidigits/run_benchmark.py at commit
# 1d3e21798ebf.
# License: MIT (pyperformance's license is in LICENSE next to this file).
# Used here as a test and benchmark input for the Python interpreter.
#
# Changed: only the pyperf harness. `import pyperf` and what used it were
# removed (the Runner, its command-line arguments and metadata), and the `if
# __name__ == "__main__":` block at the end is new: it runs a fixed workload,
# `python3 pidigits.py [LOOPS]`, and prints what was computed so that the
# output can be checked. The rest of the code is unchanged.
"""
Calculating some of the digits of π.

This benchmark stresses big integer arithmetic.

Adapted from code on:
http://benchmarksgame.alioth.debian.org/
"""

import itertools


DEFAULT_DIGITS = 2000
icount = itertools.count
islice = itertools.islice


def gen_x():
    return map(lambda k: (k, 4 * k + 2, 0, 2 * k + 1), icount(1))


def compose(a, b):
    aq, ar, as_, at = a
    bq, br, bs, bt = b
    return (aq * bq,
            aq * br + ar * bt,
            as_ * bq + at * bs,
            as_ * br + at * bt)


def extract(z, j):
    q, r, s, t = z
    return (q * j + r) // (s * j + t)


def gen_pi_digits():
    z = (1, 0, 0, 1)
    x = gen_x()
    while 1:
        y = extract(z, 3)
        while y != extract(z, 4):
            z = compose(z, next(x))
            y = extract(z, 3)
        z = compose((10, -10 * y, 0, 1), z)
        yield y


def calc_ndigits(n):
    return list(islice(gen_pi_digits(), n))


if __name__ == "__main__":
    import sys
    loops = int(sys.argv[1]) if len(sys.argv) > 1 else 5

    for _ in range(loops):
        digits = calc_ndigits(DEFAULT_DIGITS)
    text = "".join(map(str, digits))
    for i in range(0, len(text), 100):
        print(text[i:i + 100])

# Globals a hot loop reads, rewritten from inside the loop (by a call), between loops, every round (a counter),
# deleted and set again; a module attribute replaced: compiled code that folded them must see each change.
# globals read in a hot loop; rewritten from inside the loop, between loops, and a counter rewritten every round
SCALE = 3
counter = 0
def work(n):
    global counter
    acc = 0
    for i in range(n):
        acc += SCALE * i
        counter += 1
    return acc
def bump():
    global SCALE
    SCALE += 1
def work2(n):
    acc = 0
    for i in range(n):
        acc += SCALE
        if i == n // 2:
            bump()
    return acc
print(work(3000), counter)
SCALE = 5
print(work(3000), counter)
print(work2(3000), SCALE)
print(work2(3000), SCALE)
import math
def m(n):
    s = 0.0
    for i in range(n):
        s += math.sqrt(i)
    return s
print(m(2000))
math.sqrt = lambda x: 1.0
print(m(2000))
del SCALE
try:
    work(10)
except NameError as e:
    print(e)
SCALE = 2
print(work(3000))

# A RecursionError raised deep in compiled recursion: every frame it leaves
# gives its depth back (found with the JIT: the frames called through
# call_assembler kept theirs, and the next calls hit the limit early)
import sys


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


def deepest(limit):
    # how deep depth() still gets under `limit`
    sys.setrecursionlimit(limit)
    best = 0
    for k in range(0, limit, 7):
        try:
            depth(k)
            best = k
        except RecursionError:
            break
    return best


for i in range(300):
    depth(25)
before = deepest(600)
for limit in (60, 150, 250):
    sys.setrecursionlimit(limit)
    try:
        depth(10 * limit)
    except RecursionError as e:
        print(limit, type(e).__name__, e)
    print('after', limit, deepest(600) == before)
sys.setrecursionlimit(1000)


class Node:
    def __init__(self, child):
        self.child = child

    def size(self):
        return 1 + (self.child.size() if self.child is not None else 0)


chain = None
for i in range(400):
    chain = Node(chain)
for i in range(100):
    Node(Node(None)).size()
sys.setrecursionlimit(300)
try:
    chain.size()
except RecursionError:
    print('method recursion stopped')
sys.setrecursionlimit(1000)
print(chain.size(), deepest(600) == before)

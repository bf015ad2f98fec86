# Binary trees, the same algorithm as binarytrees.ts, for CPython / PyPy.
import sys


class TreeNode:
    __slots__ = ("left", "right")

    def __init__(self, left, right):
        self.left = left
        self.right = right

    def check(self):
        if self.left is None:
            return 1
        return 1 + self.left.check() + self.right.check()


def bottom_up(depth):
    if depth == 0:
        return TreeNode(None, None)
    return TreeNode(bottom_up(depth - 1), bottom_up(depth - 1))


def main():
    max_depth = int(sys.argv[1]) if len(sys.argv) > 1 else 16
    min_depth = 4
    stretch = max_depth + 1
    print("stretch tree of depth %d\t check: %d" % (stretch, bottom_up(stretch).check()))
    long_lived = bottom_up(max_depth)
    for depth in range(min_depth, max_depth + 1, 2):
        iterations = 1 << (max_depth - depth + min_depth)
        check = 0
        for _ in range(iterations):
            check += bottom_up(depth).check()
        print("%d\t trees of depth %d\t check: %d" % (iterations, depth, check))
    print("long lived tree of depth %d\t check: %d" % (max_depth, long_lived.check()))


main()

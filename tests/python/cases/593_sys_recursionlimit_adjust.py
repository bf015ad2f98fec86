import sys
old = sys.getrecursionlimit()
print(type(old).__name__, old >= 1000)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500))
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
try:
    depth(1000)
except RecursionError as e:
    print('RecursionError', e, isinstance(e, RuntimeError))
print(depth(100))
sys.setrecursionlimit(old)
print(depth(900), sys.getrecursionlimit() == old)
for bad in [0, -5]:
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    sys.setrecursionlimit('10')
except TypeError as e:
    print('TypeError', e)
def unbounded(n):
    return unbounded(n + 1)
try:
    unbounded(0)
except RecursionError as e:
    print('caught', type(e).__name__)
print('still alive', depth(50))

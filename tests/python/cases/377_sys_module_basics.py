import sys
print(sys.version_info[0], sys.version_info >= (3, 8), sys.maxsize == 2 ** 63 - 1)
print(type(sys.argv).__name__, len(sys.argv))
sys.stdout.write('written directly\n')
print(sys.getrecursionlimit() >= 1000, 'sys' in sys.modules)
print(sys.float_info.max, sys.float_info.epsilon)

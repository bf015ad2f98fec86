# The Python equivalent of strbuild.ts (CPython grows a uniquely referenced string in place).
import sys


def main(argv):
    n = int(argv[1]) if len(argv) > 1 else 10000
    s = ""
    for i in range(n):
        s += "item " + str(i)
        s += ";\n" if i % 7 == 0 else ", "
    h = 0
    for i in range(0, len(s), 97):
        h = (h * 31 + ord(s[i])) % 1000000007
    print(len(s), h)
    return 0


sys.exit(main(sys.argv))

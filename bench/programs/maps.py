# The same work as maps.ts, for the reference interpreters.
import sys


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
    table = {}
    for i in range(n):
        table[i * 7] = i
    hits = 0
    for rnd in range(10):
        for i in range(n):
            v = table.get(i * 3)
            if v is not None:
                hits += v % 5
        for i in range(rnd, n, 10):
            del table[i * 7]
        for i in range(rnd, n, 10):
            table[i * 7] = rnd
    words = {}
    seed = 1
    for i in range(n * 2):
        seed = (seed * 48271) % 2147483647
        w = "w" + str(seed % 5000)
        words[w] = words.get(w, 0) + 1
    check = 0
    for w, c in words.items():
        check = (check * 31 + c + len(w)) % 1000000007
    print(len(table), hits, len(words), check)


main()

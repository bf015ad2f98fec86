import heapq
from heapq import heappush, heappop, heapify, heapreplace, heappushpop, nlargest, nsmallest, merge


def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, 'raised', type(e).__name__, e)


# A small deterministic generator (no random module needed).
state = [12345]
def rnd(n):
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return state[0] % n

h = []
for v in [5, 1, 8, 3, 2, 9, 1, 7, 4, 6, 0, 5]:
    heappush(h, v)
    print(h)
while h:
    print(heappop(h), h)

for size in [0, 1, 2, 3, 7, 8, 15, 16, 31, 100]:
    data = [rnd(50) for _ in range(size)]
    heapify(data)
    print(size, data)
    out = []
    for i in range(size // 2):
        out.append(heappop(data))
        if i % 3 == 0:
            heappush(data, rnd(50))
        elif i % 3 == 1 and data:
            out.append(heapreplace(data, rnd(50)))
        else:
            out.append(heappushpop(data, rnd(50)))
    print(out, data)

big = [rnd(1000) for _ in range(3000)]
heapify(big)
print(big[:20], big[-20:], sum(big[i] * i for i in range(len(big))) % 1000003)
print([heappop(big) for _ in range(10)], big[:10])

print(heappushpop([1, 5], 0), heappushpop([], 3), heappushpop([1, 5], 3))
l = [1, 5]
print(heapreplace(l, 9), l)
show('pop empty', lambda: heappop([]))
show('replace empty', lambda: heapreplace([], 1))
show('push tuple', lambda: heappush((), 1))
show('heapify tuple', lambda: heapify(()))
show('pop tuple', lambda: heappop(()))
show('pushpop tuple', lambda: heappushpop((), 1))

tasks = []
for t in [(2, 'write'), (1, 'plan'), (3, 'ship'), (1, 'alpha'), (2, 'test')]:
    heappush(tasks, t)
print(tasks)
print([heappop(tasks) for _ in range(len(tasks))])

print(nlargest(3, [5, 1, 8, 3, 9]), nsmallest(2, [5, 1, 8, 3, 9]), nlargest(1, [3, 9, 2]), nsmallest(1, []))
print(nsmallest(2, ['ccc', 'a', 'bb', 'dd'], key=len), nlargest(2, ['ccc', 'a', 'bb', 'dd'], key=len))
print(nlargest(0, [1, 2]), nsmallest(-1, [1, 2]), nlargest(10, [3, 1, 2]), nsmallest(10, iter([3, 1, 2])))
pairs = [(1, 'a'), (3, 'b'), (1, 'c'), (3, 'd'), (2, 'e')]
print(nlargest(3, pairs, key=lambda p: p[0]), nsmallest(3, pairs, key=lambda p: p[0]))
print(nlargest(1, pairs, key=lambda p: p[0]), nsmallest(1, pairs, key=lambda p: p[0]))
print(nlargest(4, (rnd(100) for _ in range(50))), nsmallest(4, [rnd(100) for _ in range(50)]))

print(list(merge([1, 4, 7], [2, 5, 8], [0])), list(merge()), list(merge([], [1])))
print(list(merge([1, 3, 5], [2, 3, 4], key=lambda x: -x if False else x)))
print(list(merge([5, 3, 1], [4, 2], reverse=True)), list(merge(['a', 'ccc'], ['bb', 'dddd'], key=len)))
print(list(merge([(1, 'x'), (2, 'x')], [(1, 'y'), (2, 'y')], key=lambda t: t[0])))
print(list(merge([(2, 'x'), (1, 'x')], [(2, 'y'), (1, 'y')], key=lambda t: t[0], reverse=True)))
streams = [sorted(rnd(100) for _ in range(rnd(10))) for _ in range(6)]
print(list(merge(*streams)) == sorted(sum(streams, [])))
m = merge([1, 2], [1, 3])
print(next(m), next(m), list(m))

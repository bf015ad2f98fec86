# Deterministic pseudo-random operation sequences on deque, heapq, bisect,
# StringIO and array, printing the states.
from collections import deque, Counter, OrderedDict
import heapq
import bisect
import io
import array

state = [2024]
def rnd(n):
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return (state[0] >> 8) % n

for maxlen in [None, 0, 1, 5, 17]:
    d = deque(maxlen=maxlen)
    log = []
    for step in range(400):
        op = rnd(12)
        try:
            if op == 0:
                d.append(rnd(100))
            elif op == 1:
                d.appendleft(rnd(100))
            elif op == 2:
                log.append(d.pop())
            elif op == 3:
                log.append(d.popleft())
            elif op == 4:
                d.rotate(rnd(20) - 10)
            elif op == 5:
                d.extend(range(rnd(5)))
            elif op == 6:
                d.extendleft(range(rnd(5)))
            elif op == 7:
                i = rnd(len(d) + 2) - 1
                d.insert(i, -1)
            elif op == 8 and d:
                del d[rnd(len(d))]
            elif op == 9 and d:
                d[rnd(len(d))] = 'x'
            elif op == 10:
                d.remove(rnd(100))
            elif op == 11:
                d.reverse()
        except (IndexError, ValueError) as e:
            log.append(type(e).__name__)
        if step % 50 == 0:
            print(maxlen, step, d, len(d))
    print(maxlen, 'log', log[:40], len(log))

h = []
for step in range(600):
    op = rnd(4)
    if op == 0 or not h:
        heapq.heappush(h, rnd(1000))
    elif op == 1:
        heapq.heappop(h)
    elif op == 2:
        heapq.heapreplace(h, rnd(1000))
    else:
        heapq.heappushpop(h, rnd(1000))
    if step % 60 == 0:
        print(h)
lst = [rnd(500) for _ in range(1000)]
heapq.heapify(lst)
print(lst[:50])
print(heapq.nsmallest(10, lst), heapq.nlargest(10, lst))

s = []
for _ in range(200):
    bisect.insort(s, rnd(50))
print(s[:60], [bisect.bisect_left(s, v) for v in range(0, 50, 7)], [bisect.bisect_right(s, v) for v in range(0, 50, 7)])

f = io.StringIO()
for step in range(300):
    op = rnd(5)
    if op == 0:
        f.seek(rnd(f.tell() + 5))
    elif op == 1:
        f.write('ab\ncd'[:rnd(6)])
    elif op == 2:
        f.read(rnd(4))
    elif op == 3:
        f.readline()
    else:
        f.seek(0, 2)
    if step % 30 == 0:
        print(f.tell(), repr(f.getvalue()[-30:]))

a = array.array('h')
for step in range(300):
    op = rnd(6)
    try:
        if op == 0:
            a.append(rnd(70000) - 35000)
        elif op == 1:
            a.insert(rnd(len(a) + 1), rnd(100))
        elif op == 2:
            a.pop(rnd(len(a) + 1) - 1)
        elif op == 3:
            a.remove(rnd(100))
        elif op == 4:
            a.extend([rnd(100) for _ in range(rnd(3))])
        else:
            a[rnd(len(a) + 1)] = rnd(100)
    except (IndexError, ValueError, OverflowError) as e:
        print(step, type(e).__name__, e)
print(a)

c = Counter()
for step in range(500):
    c[rnd(20)] += rnd(3) - 1
print(c.most_common(5), sorted(c.items())[:5], +c == Counter({k: v for k, v in c.items() if v > 0}))
od = OrderedDict()
for step in range(300):
    k = rnd(15)
    op = rnd(4)
    if op == 0:
        od[k] = step
    elif op == 1 and k in od:
        od.move_to_end(k, last=bool(rnd(2)))
    elif op == 2 and od:
        od.popitem(last=bool(rnd(2)))
    else:
        od.pop(k, None)
print(od)

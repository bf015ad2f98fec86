import heapq
people = [('ann', 31), ('bob', 25), ('cy', 40), ('di', 25), ('ed', 33)]
print(heapq.nlargest(2, people, key=lambda p: p[1]), heapq.nsmallest(2, people, key=lambda p: p[1]))
print(heapq.nlargest(0, [1, 2]), heapq.nlargest(10, [3, 1, 2]), heapq.nsmallest(1, []), heapq.nsmallest(3, 'hello'))
h = [1, 3, 5]
print(heapq.heappushpop(h, 4), h, heapq.heappushpop(h, 0), h)
print(heapq.heapreplace(h, 0), h)
try:
    heapq.heappop([])
except IndexError as e:
    print('IndexError', e)
try:
    heapq.heapreplace([], 1)
except IndexError as e:
    print('IndexError', e)
h = [5, 7, 9, 1, 3]
heapq.heapify(h)
print(h[0], sorted(h), [heapq.heappop(h) for _ in range(len(h))], h)
neg = []
for v in [4, 9, 1]:
    heapq.heappush(neg, -v)
print([-heapq.heappop(neg) for _ in range(3)])

import heapq
nums = [5, 1, 8, 3, 9, 2, 8, 1]
print(heapq.nsmallest(3, nums), heapq.nlargest(3, nums), heapq.nsmallest(0, nums), heapq.nlargest(20, nums))
people = [('ann', 30), ('bob', 25), ('cid', 30), ('dee', 25), ('eve', 40)]
print(heapq.nsmallest(2, people, key=lambda p: p[1]))
print(heapq.nlargest(2, people, key=lambda p: p[1]))
print(heapq.nlargest(3, people, key=lambda p: p[1]), heapq.nsmallest(1, people, key=lambda p: p[1]))
print(heapq.nsmallest(2, iter([4, 2, 6])), heapq.nlargest(1, 'hello'), heapq.nlargest(2, []))
h = []
for v in [7, 3, 5, 1]:
    heapq.heappush(h, v)
print(h, heapq.heappop(h), h)
print(heapq.heapreplace(h, 10), h, heapq.heappushpop(h, 0), h)
data = [9, 8, 7, 6, 5, 4, 3]
heapq.heapify(data)
print(data, [heapq.heappop(data) for _ in range(len(data))])
tasks = []
heapq.heappush(tasks, (2, 'write'))
heapq.heappush(tasks, (1, 'plan'))
heapq.heappush(tasks, (2, 'test'))
heapq.heappush(tasks, (1, 'ask'))
print([heapq.heappop(tasks) for _ in range(4)])
try:
    heapq.heappop([])
except IndexError as e:
    print('IndexError', e)

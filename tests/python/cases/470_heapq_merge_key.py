import heapq
print(list(heapq.merge([1, 3, 5], [2, 4, 6], [0, 7])), list(heapq.merge()), list(heapq.merge([], [1])))
print(list(heapq.merge(['a', 'ccc'], ['bb', 'dddd'], key=len)))
print(list(heapq.merge([5, 3, 1], [4, 2], reverse=True)))
print(list(heapq.merge([(1, 'x'), (3, 'y')], [(1, 'a'), (2, 'b')])))
m = heapq.merge(iter([1, 10]), iter([2, 3]))
print(next(m), next(m), list(m))
print(list(heapq.merge([1, 1], [1], key=lambda x: 0)))
print(list(heapq.merge('ace', 'bdf')))

from functools import cmp_to_key
def by_len_then_rev(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a < b) - (a > b)
words = ['bb', 'a', 'ccc', 'aa', 'b', 'abc']
print(sorted(words, key=cmp_to_key(by_len_then_rev)))
def largest_number(nums):
    strs = [str(n) for n in nums]
    strs.sort(key=cmp_to_key(lambda x, y: (y + x > x + y) - (y + x < x + y)))
    return ''.join(strs)
print(largest_number([3, 30, 34, 5, 9]), largest_number([10, 2]))
K = cmp_to_key(lambda a, b: a - b)
print(K(1) < K(2), K(2) <= K(2), K(3) == K(3), K(3) > K(1), K(1) >= K(2), K(1) != K(2))
print(max([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)), min('xyz', key=cmp_to_key(lambda a, b: ord(b) - ord(a))))
calls = []
def counting(a, b):
    calls.append(1)
    return a - b
sorted([5, 2, 8, 1], key=cmp_to_key(counting))
print(len(calls) > 0)
try:
    hash(K(1))
except TypeError as e:
    print('TypeError', e)

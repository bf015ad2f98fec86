tokens = '12 + 34 - 5 * x7 / 0'.split()
nums = [int(t) for t in tokens if t.isdigit()]
ops = [t for t in tokens if t in '+-*/']
other = [t for t in tokens if not t.isdigit() and t not in '+-*/']
print(nums, ops, other)
print(sum(nums), '+'.join(map(str, nums)))

print(abs(0), abs(-0), abs(-(2 ** 65)), -(-5))
print(max([1, 5, 3]), min([4, -2, 8]), max(-1, -1))
print(max(range(10), key=lambda v: (v % 3, v)))
print(min([], default='empty'), max([7], default=0))

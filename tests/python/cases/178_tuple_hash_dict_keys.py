grid = {}
for x in range(3):
    for y in range(2):
        grid[(x, y)] = x * 10 + y
print(grid[(2, 1)], (1, 1) in grid, len(grid))
print(hash((1, 2)) == hash((1, 2)))
try:
    hash(([1], 2))
except TypeError as e:
    print('TypeError', e)
try:
    hash([1])
except TypeError as e:
    print('TypeError', e)

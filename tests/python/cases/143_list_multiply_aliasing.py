a = [0] * 3
a[0] = 5
print(a)
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid2 = [[0] * 3 for _ in range(3)]
grid2[0][0] = 1
print(grid2)
print([1, 2] * 2, [] * 5, [None] * 0, 2 * [[]])

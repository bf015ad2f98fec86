grid = {(0, 0): 'a', (0, 1): 'b'}
def neighbour(pos, d):
    return grid[(pos[0] + d[0], pos[1] + d[1])]
print(neighbour((0, 0), (0, 1)))
print(neighbour((0, 1), (1, 1)))

m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[::-1] for row in m])
print(list(map(list, zip(*m))))
print([m[i][i] for i in range(3)], sum(m[i][2 - i] for i in range(3)))
def matmul(a, b):
    return [[sum(x * y for x, y in zip(r, c)) for c in zip(*b)] for r in a]
print(matmul(m, m))
for row in m:
    print(' '.join(f'{v:3}' for v in row))

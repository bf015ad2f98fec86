matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix if sum(row) > 6 for x in row if x % 2])
print([(a, b) for a in range(4) for b in range(a)])
print({(a, b) for a in range(3) for b in range(3) if a == b})
print({a: {b: a * b for b in range(1, 3)} for a in range(1, 3)})
print([[y for y in range(x)] for x in range(4)])
print(sum(x * y for x in range(4) for y in range(x)))
flat = [c for word in ['ab', 'cd'] for c in word.upper()]
print(flat)
print([i for i in [j * 2 for j in [k + 1 for k in range(3)]]])
print([(i, j, k) for i in range(2) for j in range(2) for k in range(2) if i + j + k == 2])

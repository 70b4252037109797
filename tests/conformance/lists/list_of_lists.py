grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
bad = [[0] * 3] * 3
bad[0][0] = 1
print(bad, bad[0] is bad[1])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[1] for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print(list(map(list, zip(*matrix))))
print(sum(sum(r) for r in matrix), max(max(r) for r in matrix))
flat = [x for row in matrix for x in row]
print(flat)
for row in matrix:
    print(" ".join(f"{v:2}" for v in row))
diag = [matrix[i][i] for i in range(3)]
anti = [matrix[i][2 - i] for i in range(3)]
print(diag, anti)
def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
print(matmul(matrix, matrix))
nested = [1, [2, [3, [4, [5]]]]]
print(nested[1][1][1][1][0], nested)

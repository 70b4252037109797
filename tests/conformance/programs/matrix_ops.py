def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def mat_mul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
def mat_pow(m, p):
    result = identity(len(m))
    while p:
        if p & 1:
            result = mat_mul(result, m)
        m = mat_mul(m, m)
        p >>= 1
    return result
def transpose(m):
    return [list(r) for r in zip(*m)]
def det(m):
    if len(m) == 1:
        return m[0][0]
    if len(m) == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    return sum((-1) ** c * m[0][c] * det([row[:c] + row[c + 1:] for row in m[1:]]) for c in range(len(m)))
fibm = [[1, 1], [1, 0]]
print(mat_pow(fibm, 10), mat_pow(fibm, 100)[0][1])
m = [[2, -1, 0], [-1, 2, -1], [0, -1, 2]]
print(det(m), transpose([[1, 2, 3], [4, 5, 6]]), mat_mul(m, identity(3)) == m)
def gauss_solve(a, b):
    n = len(a)
    aug = [list(map(float, row)) + [float(v)] for row, v in zip(a, b)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(aug[r][col]))
        aug[col], aug[pivot] = aug[pivot], aug[col]
        for r in range(n):
            if r != col:
                f = aug[r][col] / aug[col][col]
                aug[r] = [x - f * y for x, y in zip(aug[r], aug[col])]
    return [round(aug[i][n] / aug[i][i], 10) for i in range(n)]
print(gauss_solve(m, [1, 0, 1]))
print(gauss_solve([[1, 1, 1], [0, 2, 5], [2, 5, -1]], [6, -4, 27]))

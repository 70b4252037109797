n = 4
print([[1 if i == j else 0 for j in range(n)] for i in range(n)])
print([[(i, j) for j in range(i)] for i in range(4)])
tri = [[c for c in range(r + 1)] for r in range(5)]
print(tri, sum(len(r) for r in tri))
pascal = [[1]]
for _ in range(6):
    prev = pascal[-1]
    pascal.append([1] + [prev[i] + prev[i + 1] for i in range(len(prev) - 1)] + [1])
print(pascal)
words = ["hello", "world", "python"]
print([[c for c in w if c in "aeiou"] for w in words])
print({w: {c: w.count(c) for c in sorted(set(w))} for w in words[:2]})
print([y for x in [[1, [2, 3]], [4, [5]]] for y in x[1]])
pythag = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(pythag)
print([[x * y for x in range(3) if x != y] for y in range(3)])

grid = {}
for r in range(3):
    for c in range(3):
        grid[(r, c)] = r * 3 + c
print(grid[(1, 2)], grid[2, 0], (3, 3) in grid, len(grid))
seen = set()
for p in [(0, 1), (1, 0), (0, 1), (2, 2), (1, 0)]:
    seen.add(p)
print(sorted(seen))
memo = {}
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    if (r, c) not in memo:
        memo[(r, c)] = paths(r - 1, c) + paths(r, c - 1)
    return memo[(r, c)]
print(paths(10, 10), paths(16, 16), len(memo))
counts = {}
for word in "a b a c b a".split():
    key = (word, len(word))
    counts[key] = counts.get(key, 0) + 1
print(counts)

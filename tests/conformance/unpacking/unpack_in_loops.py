points = [(1, 2), (3, 4), (5, 6)]
for x, y in points:
    print(x + y, end=" ")
print()
for i, (x, y) in enumerate(points):
    print(i, x * y, end="; ")
print()
d = {"a": [1, 2], "b": [3, 4]}
for key, (first, second) in d.items():
    print(key, first, second)
for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print(a, b, c)
matrix = [[1, 2, 3], [4, 5, 6]]
for first, *others in matrix:
    print(first, others)
pairs = list(zip("abc", range(3)))
letters, nums = zip(*pairs)
print(letters, nums)
print([(b, a) for a, b in pairs])

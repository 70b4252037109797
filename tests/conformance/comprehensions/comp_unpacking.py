pairs = [(1, "one"), (2, "two"), (3, "three")]
print([n for n, _ in pairs], [w for _, w in pairs])
print({w: n for n, w in pairs})
triples = [(1, (2, 3)), (4, (5, 6))]
print([a + b + c for a, (b, c) in triples])
print([first for first, *rest in [[1, 2, 3], [4], [5, 6]]], [rest for first, *rest in [[1, 2, 3], [4], [5, 6]]])
print([(i, k, v) for i, (k, v) in enumerate({"a": 1, "b": 2}.items())])
print([[*row, 0] for row in [[1, 2], [3]]])
print([*range(3), *"ab"], {**{"a": 1}, **{"b": 2}}, {*range(3), *[5]} == {0, 1, 2, 5})

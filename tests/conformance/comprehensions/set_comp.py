print(sorted({x % 4 for x in range(20)}))
print(sorted({len(w) for w in "a bb ccc dd e fff".split()}))
print(sorted({(x, -x) for x in range(3)}))
print(sorted({x * y for x in range(1, 5) for y in range(1, 5)}))
s = {c for c in "mississippi"}
print(len(s), sorted(s))
print({x for x in range(5)} == set(range(5)), {x for x in []} == set())
print(type({x for x in "a"}).__name__, type({x: 1 for x in "a"}).__name__)

f = frozenset([3, 1, 2, 3])
print(sorted(f), len(f), 1 in f, type(f).__name__)
print(frozenset(), frozenset([1]), frozenset([(1, 2)]))
g = frozenset([2, 3, 4])
print(sorted(f | g), sorted(f & g), sorted(f - g), type(f | g).__name__, type({1} | f).__name__, type(f | {1}).__name__)
print(f == {1, 2, 3}, {1, 2, 3} == f, hash(f) == hash(frozenset([1, 2, 3])))
d = {f: "frozen key"}
print(d[frozenset({1, 2, 3})])
s = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(s))
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
print(sorted(sorted(x) for x in {frozenset([1, 2]), frozenset([3])}))
print(frozenset([5]) < frozenset([5, 6]), f.issubset(range(5)))

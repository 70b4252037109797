print(sum([1, 2, 3]), sum([]), sum((1.5, 2.5)), sum(range(5), 10), sum([[1], [2]], []), sum([0.1] * 3))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([3, 1, 2]), sorted("cba"), sorted((2, 1)), sorted({3: 0, 1: 0}), sorted([3, 1, 2], reverse=True))
print(sorted(["b", "A", "c"], key=str.lower), sorted([(2, "a"), (1, "b")], key=lambda t: t[1], reverse=True))
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
print(type(reversed([])).__name__ == "list_reverseiterator", list(reversed({"a": 1, "b": 2})))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
r = reversed([1, 2])
print(next(r), next(r), next(r, "end"))

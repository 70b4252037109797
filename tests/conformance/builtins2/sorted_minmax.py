data = [("b", 2), ("a", 2), ("c", 1), ("d", 3)]
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
print(sorted([3, 1, 2], reverse=True), sorted("bca"), sorted({3: 1, 1: 2}))
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
l = [3, 1, 2]
l.sort(key=lambda x: -x)
print(l)
try:
    l.sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("abc"), min([], default="empty"), max([], default=None))
print(min(data, key=lambda t: t[1]), max(data, key=lambda t: t[1]), max([1, 3, 3], key=lambda x: 0))
print(min(1, 2, key=lambda x: -x), max((x for x in [2, 9, 4])))
for call in [lambda: min([]), lambda: max(), lambda: min(1), lambda: min(1, 2, default=0), lambda: max([], x=1)]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    min([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
# stability with equal keys
items = [(i % 3, i) for i in range(12)]
print(sorted(items, key=lambda t: t[0]))
print(sorted(items, key=lambda t: t[0], reverse=True))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([[1], [2]], []), sum([0.1] * 10), sum(range(5), start=5))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([1], start=[])
except TypeError as e:
    print(type(e).__name__, e)
print(any([]), all([]), any([0, "", 1]), all([1, 0]), any(x > 2 for x in range(5)))
print(list(enumerate("ab", start=5)), list(enumerate("ab", 1)), list(zip("ab", [1, 2, 3])))
try:
    list(zip("ab", [1], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip("a", [1, 2], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
print(list(zip("ab", "cd", strict=True)), list(zip()))
print(list(map(lambda a, b: a + b, [1, 2], [3, 4, 5])), list(filter(None, [0, 1, "", "x"])))
print(list(reversed([1, 2])), list(reversed(range(3))), list(reversed("ab")), list(reversed((1, 2))))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())))

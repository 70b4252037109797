t = (1, 2, 3)
print(t, len(t), t[0], t[-1], t[1:], t[::-1], type(t).__name__)
print((), (1,), (1, 2), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({"k": 1}))
single = 5,
print(single, type(single).__name__, (5), type((5)).__name__)
print(t + (4, 5), t * 2, 2 * (0,), () * 5)
print(t.index(2), t.count(3), (1, 1, 1).count(1), 2 in t, 9 not in t)
print(t == (1, 2, 3), t != (1, 2), t < (1, 2, 4), (1, 2) < (1, 2, 0), () < (0,))
x = 1, "two", 3.0
a, b, c = x
print(a, b, c)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], nested)
print(max((3, 1, 2)), min((3, 1, 2)), sum((1, 2, 3)), sorted((3, 1, 2)))
print(tuple(x * 2 for x in t))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()))
d = {(0, 0): "origin", (1, 2): "point"}
print(d[(1, 2)], d[0, 0])

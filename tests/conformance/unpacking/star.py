first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = [1, 2, 3, 4]
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
a, *mid, z = [1, 2]
print(a, mid, z)
*everything, = "abc"
print(everything)
head, *tail = "x"
print(head, tail, type(tail).__name__)
a, b, *c, d, e = range(10)
print(a, b, c, d, e)
(a, *b), *c = [1, 2, 3], 4, 5
print(a, b, c)
for x, *ys in [(1, 2, 3), (4,), (5, 6)]:
    print(x, ys)
*a, b = (i * i for i in range(4))
print(a, b)
print(*[1, 2], *"ab", *range(2))
print([*"abc", *[1]], (*range(3),), {*"aa"}, {**{"k": 1}, "j": 2})
def f(*args):
    return args
print(f(*[1, 2], 3, *(4,)))

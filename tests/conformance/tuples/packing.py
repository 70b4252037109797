def multi():
    return 1, 2, 3
r = multi()
print(r, type(r).__name__)
a, b, c = multi()
print(a + b + c)
first, *rest = multi()
print(first, rest)
def swap(x, y):
    return y, x
print(swap(1, 2))
coords = [(1, 2), (3, 4), (5, 6)]
for x, y in coords:
    print(x * y, end=" ")
print()
for i, (x, y) in enumerate(coords):
    print(i, x, y)
xs, ys = zip(*coords)
print(xs, ys)
t = 1, 2
u = (t, 3)
(p, q), r = u
print(p, q, r)
print(len((1, 2, 3)), (1, 2, 3)[1:2])

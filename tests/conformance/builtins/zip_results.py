# zip's result tuples: kept ones keep their values, discarded ones may be reused, and
# item lifetimes (finalizers) follow CPython's (the zip holds its first result tuple and
# refills it while nobody else references it); strict= errors after reuse.


class D:
    log = []

    def __init__(self, name):
        self.name = name

    def __del__(self):
        D.log.append(self.name)


kept = []
for t in zip("abcdef", range(6), "uvwxyz"):
    if t[1] % 2 == 0:
        kept.append(t)
print(kept)
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1, 2])))
z = zip("xyz", "123")
a, b, c = next(z), next(z), next(z)
print(a, b, c, a is b)
print(dict(zip("abc", range(3))))
print([x + y for x, y in zip(range(5), range(10, 15))])
print([list(zip(*[range(i)] * 2)) for i in range(4)])

D.log = []
z = zip((D(n) for n in "abc"), (D(n.upper()) for n in "abc"))
for x, y in z:
    D.log.append("got " + x.name + y.name)
    del x, y
D.log.append("loop done")
del z
D.log.append("zip dropped")
print(D.log)

D.log = []
z = zip((D(n) for n in "pq"), range(2))
t1 = next(z)
t2 = next(z)
D.log.append("have " + t1[0].name + t2[0].name)
del t1
D.log.append("t1 dropped")
del t2
D.log.append("t2 dropped")
del z
D.log.append("z dropped")
print(D.log)

for args in [("ab", "abc"), ("abc", "ab"), ("ab", "ab", "a")]:
    try:
        out = []
        for x, *rest in zip(*args, strict=True):
            out.append((x, rest))
        print(out)
    except ValueError as e:
        print(out, type(e).__name__, e)

z = zip(range(4), range(4))
out = []
for i, j in z:
    if i == 1:
        out.append(next(z))
    out.append((i, j))
print(out)

# Tuples release their items last first.
D.log = []
t = (D("t0"), D("t1"), D("t2"))
del t
print(D.log)
D.log = []
t = tuple(D("u%d" % i) for i in range(4))
t = None
print(D.log)

# enumerate's result tuples: kept ones keep their values, discarded ones may be reused,
# and item lifetimes (finalizers) follow CPython's (the enumerate holds its first result
# tuple and refills it while nobody else references it).


class D:
    log = []

    def __init__(self, name):
        self.name = name

    def __del__(self):
        D.log.append(self.name)


kept = []
for t in enumerate("abcdef"):
    if t[0] % 2 == 0:
        kept.append(t)
print(kept)
print(list(enumerate([10, 20, 30], 5)))
pairs = [(i, x) for i, x in enumerate(range(100, 106))]
print(pairs)
e = enumerate(["x", "y", "z"])
a = next(e)
b = next(e)
c = next(e)
print(a, b, c, a is b, b is c)
e = enumerate("pq", 2**62 - 1)
print(list(e))
e = enumerate("pqr", 2**63 - 2)
print(list(e))
print(dict(enumerate("hello")))
z = zip(enumerate("ab"), enumerate("cd"))
print(list(z))
nested = [list(enumerate(range(i))) for i in range(4)]
print(nested)

# Finalizer timing of the items.
D.log = []
e = enumerate(D(n) for n in "abc")
for i, x in e:
    D.log.append("got %d %s" % (i, x.name))
    del x
D.log.append("loop done")
del e
D.log.append("enumerate dropped")
print(D.log)

D.log = []


def gen():
    yield D("g1")
    yield D("g2")


e = enumerate(gen())
t1 = next(e)
D.log.append("t1 " + t1[1].name)
t2 = next(e)
D.log.append("t2 " + t2[1].name)
del t1
D.log.append("t1 dropped")
del t2
D.log.append("t2 dropped")
del e
D.log.append("e dropped")
print(D.log)

D.log = []
e = enumerate(D(str(i)) for i in range(3))
for t in e:
    pass
D.log.append("after loop")
del t
D.log.append("t dropped")
del e
D.log.append("e dropped")
print(D.log)

# Unpacking into the same names as the tuple, re-entrant use from the loop body.
e = enumerate(range(5))
out = []
for i, x in e:
    if i == 1:
        out.append(next(e))
    out.append((i, x))
print(out)

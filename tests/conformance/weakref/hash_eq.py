import weakref
class C:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, C) and self.k == o.k
    def __hash__(self): return hash(self.k)
a, b = C(1), C(1)
ra, rb = weakref.ref(a), weakref.ref(b)
print(ra == rb, ra != rb, hash(ra) == hash(a), hash(ra) == hash(rb))
c = C(2)
rc = weakref.ref(c)
print(ra == rc, ra != rc)
h = hash(rc)
del c
print(hash(rc) == h, rc == rc, rc == ra, rc != ra)
d = C(3)
rd = weakref.ref(d)
del d
try:
    hash(rd)
except TypeError as e:
    print(type(e).__name__, e)
print(ra == 5, (ra < rb) if False else "")
try:
    ra < rb
except TypeError as e:
    print(type(e).__name__, e)
class U:
    __hash__ = None
u = U()
ru = weakref.ref(u)
try:
    hash(ru)
except TypeError as e:
    print(type(e).__name__, e)
m = {ra: "x"}
print(m[rb], m[weakref.ref(a)])

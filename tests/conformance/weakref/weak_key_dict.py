import weakref
class K:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"K({self.n})"
d = weakref.WeakKeyDictionary()
k1, k2 = K(1), K(2)
d[k1] = "one"
d[k2] = "two"
print(len(d), d[k1], d.get(k2), k1 in d, K(9) in d, 5 in d, sorted(v for v in d.values()))
del k2
print(len(d), list(d.items()))
d[k1] = "uno"
print(d[k1], len(d))
del d[k1]
print(len(d))
try:
    d[k1]
except KeyError as e:
    print(type(e).__name__)
objs = [K(i) for i in range(4)]
meta = weakref.WeakKeyDictionary({o: o.n * 10 for o in objs})
print(sorted(meta.values()))
objs.pop()
objs.pop(0)
print(sorted(meta.values()), sorted(k.n for k in meta.keys()))
print(meta.pop(objs[0]), len(meta), meta.setdefault(objs[0], "s"), len(meta.keyrefs()))
try:
    d["str"] = 1
except TypeError as e:
    print(type(e).__name__, e)

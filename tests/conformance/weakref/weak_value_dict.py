import weakref
class V:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"V({self.n})"
d = weakref.WeakValueDictionary()
a, b, c = V(1), V(2), V(3)
d["a"] = a
d["b"] = b
d["c"] = c
print(len(d), sorted(d.keys()), d["a"], d.get("b"), "c" in d, "z" in d, d.get("z", "dflt"))
del b
print(len(d), sorted(d), "b" in d, d.get("b"))
try:
    d["b"]
except KeyError as e:
    print(type(e).__name__, e)
print(sorted(d.items(), key=lambda kv: kv[0]), sorted(v.n for v in d.values()))
del a
del c
print(len(d), list(d.items()))
e = V(5)
d2 = weakref.WeakValueDictionary({"x": e}, y=e)
print(sorted(d2), d2.pop("x"), sorted(d2), d2.setdefault("y", None), d2.setdefault("q", e))
print(len(d2.copy()), type(d2.copy()).__name__, len(d2.valuerefs()))
d2.clear()
print(len(d2))
# removal while iterating is deferred
vals = [V(i) for i in range(5)]
d3 = weakref.WeakValueDictionary((i, v) for i, v in enumerate(vals))
seen = []
for k in d3.keys():
    seen.append(k)
    if k == 1:
        vals[3] = None
print(len(seen) >= 4, len(d3), sorted(d3))
try:
    d3["x"] = 1
except TypeError as e:
    print(type(e).__name__, e)
cache = weakref.WeakValueDictionary()
def get(n):
    v = cache.get(n)
    if v is None:
        v = V(n)
        cache[n] = v
        print("created", n)
    return v
x1 = get(1)
x2 = get(1)
print(x1 is x2)
del x1, x2
get(1)

d = {"a": 1, "b": 2}
print(d, len(d), d["a"], type(d).__name__)
d["c"] = 3
d["a"] = 10
print(d)
del d["b"]
print(d, "b" in d, "c" in d, "z" not in d)
print(dict(), dict(x=1, y=2), dict([("k", "v"), ("k2", "v2")]), dict({"m": 1}, n=2), dict(zip("ab", [1, 2])))
print({}, {1: "int", "s": "str", (1, 2): "tuple", None: "none", 2.5: "float", True: "bool?"})
e = {}
e[1] = "one"
e[1.0] = "float one"
print(e)
print(d.get("a"), d.get("zz"), d.get("zz", "dflt"))
print(list(d), list(d.keys()), list(d.values()), list(d.items()))
d.update({"x": 7}, y=8)
d.update([("z", 9)])
print(d)
print(d.pop("x"), d.pop("nope", None), d)
print(d.setdefault("a", 0), d.setdefault("new", []), d)
d["new"].append(1)
print(d)
c = d.copy()
c["a"] = -1
print(d["a"], c["a"])
d.clear()
print(d, len(d), bool(d))

d = {}
for k in ["zebra", "apple", "mango", "banana"]:
    d[k] = len(k)
print(d, list(d))
d["apple"] = 100
print(list(d))
del d["zebra"]
d["zebra"] = 0
print(list(d))
d2 = {3: "c", 1: "a", 2: "b"}
print(d2, sorted(d2), sorted(d2.items()), sorted(d2.values()))
print(dict(sorted(d2.items())))
print(dict(sorted(d.items(), key=lambda kv: kv[1])))
print(list(reversed(d2)), list(reversed(d2.items())))
x = {"b": 1, "a": 2}
y = {"a": 2, "b": 1}
print(x == y, list(x) == list(y))
print(d2.popitem(), d2)

d = {"a": 1, "b": 2, "c": 3}
k = d.keys()
v = d.values()
it = d.items()
print(k, v, it)
d["d"] = 4
print(len(k), list(k), list(v), list(it))
print("a" in k, 2 in v, ("b", 2) in it, ("b", 3) in it)
print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print(k == {"a", "b", "c", "d"}, type(k).__name__, type(v).__name__, type(it).__name__)
for key, val in d.items():
    print(key, val, end="; ")
print()
print(list(zip(d.keys(), d.values())))
print(sum(d.values()), max(d, key=d.get), min(d.items(), key=lambda kv: -kv[1]))
print(list(reversed(d.keys())), list(reversed(d.values())))
print(k.isdisjoint({"x"}), len(v), len(it))

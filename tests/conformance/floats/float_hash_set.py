s = {1.0, 2.0, 1, 2, 3.5}
print(sorted(s), len(s))
d = {0.5: "half", 0.25: "quarter"}
print(d[0.5], d.get(0.25), d.get(0.125, "none"))
print(1.0 in {1}, 1 in {1.0}, 0.0 in {-0.0})
nan = float("nan")
s2 = {nan, nan}
print(len(s2))
s3 = {float("nan"), float("nan")}
print(len(s3))
print(hash(0.0) == hash(-0.0) == hash(0), hash(1.5) == hash(1.5))
print(sorted({x / 2 for x in range(10)}))

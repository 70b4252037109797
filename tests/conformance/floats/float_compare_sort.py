data = [3.5, -1.25, 0.0, 2.0, 1e-9, -1e9, 7.0, 3.5, 0.1 + 0.2, 0.3]
print(sorted(data))
print(sorted(data, reverse=True))
print(max(data), min(data), sum(data))
print(0.3 < 0.1 + 0.2, 0.3 == 0.1 + 0.2)
mixed = [3, 2.5, True, -1, 0.0, 10 ** 20, 1e19]
print(sorted(mixed))
print(sorted([1, 1.0, True], key=lambda v: type(v).__name__))
print(1.0 in [1], 2 in [2.0], [1.0, 2.0] == [1, 2], (1, 2.0) == (1.0, 2))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
print(hash(1.5) == hash(1.5), hash(2.0) == hash(2), hash(float(2 ** 60)) == hash(2 ** 60))

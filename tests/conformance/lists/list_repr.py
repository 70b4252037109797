print([])
print([1])
print([1, 2, 3])
print(["a", 'b', "c'd", 'e"f'])
print([1.0, 2.5, -0.0, 1e20, float("inf")])
print([None, True, False])
print([[1, 2], [3, [4, [5]]]])
print([(1,), (), {"k": [1]}])
l = [1, 2]
l.append(l)
print(l)
d = {"self": None}
d["self"] = d
print(d)
print(str([1, "x"]), repr([1, "x"]))
class R:
    def __repr__(self):
        return "<R>"
print([R(), R()], (R(),), {1: R()})

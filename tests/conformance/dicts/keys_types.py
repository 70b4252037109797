d = {}
d[1] = "int"
d["1"] = "str"
d[(1,)] = "tuple"
d[None] = "none"
d[frozenset([1])] = "frozenset"
d[2.5] = "float"
d[b"1"] = "bytes"
d[True] = "true overwrites 1"
d[0] = "zero"
d[False] = "false overwrites 0"
print(d)
print(len(d), d[1], d[1.0], d[True], d[0])
class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v
    def __repr__(self):
        return f"Key({self.v})"
m = {Key(1): "a", Key(2): "b"}
print(m[Key(1)], Key(3) in m, m)
m[Key(1)] = "replaced"
print(m, len(m))
class NoEq:
    pass
n1, n2 = NoEq(), NoEq()
dd = {n1: 1, n2: 2}
print(dd[n1], dd[n2], len(dd))
class Unhashable:
    __hash__ = None
try:
    {Unhashable(): 1}
except TypeError as e:
    print(type(e).__name__, e)

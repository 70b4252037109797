vals = [0, -1, 10**30, 1.5, -0.0, 1e100, 1e-7, float("inf"), float("nan"), 1+2j, "", "a'b", 'a"b', "\t\n\\", b"\x00\xff'", bytearray(b"x"),
        [], [1, [2]], (), (1,), {}, {1: [2]}, set(), {1}, frozenset(), frozenset({2}), None, True, Ellipsis, range(2), slice(1, 2)]
for v in vals:
    print(repr(v), str(v), bool(v))
l = [1]
l.append(l)
print(repr(l))
d = {}
d["self"] = d
print(repr(d))
class R:
    def __repr__(self): return "R()"
class S(R):
    def __str__(self): return "S-str"
print(str(R()), repr(S()), str(S()), [S()], f"{S()!r} {S()!s}")
class BadRepr:
    def __repr__(self): return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self): return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
print(bool(0.0), bool(0j), bool(""), bool(" "), bool([0]), bool(range(0)), bool(b""))

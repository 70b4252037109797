class V:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return "V(" + ", ".join(map(repr, self.c)) + ")"
    def __str__(self):
        return "<" + " ".join(map(str, self.c)) + ">"
v = V(1, "a", 2.5)
print(v)
print(repr(v), str(v), [v], {"k": v}, (v,), f"{v}", f"{v!r}", "%s %r" % (v, v))
class OnlyStr:
    def __str__(self):
        return "only str"
o = OnlyStr()
print(o, str(o), "{}".format(o))
class Nested:
    def __init__(self, inner):
        self.inner = inner
    def __repr__(self):
        return f"Nested({self.inner!r})"
print(Nested(Nested([V(1)])))
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)

class C:
    cls_attr = 1
    def __init__(self):
        self.inst = 2
    def method(self):
        return "m"
c = C()
print(hasattr(c, "inst"), hasattr(c, "cls_attr"), hasattr(c, "method"), hasattr(c, "nope"), hasattr(C, "inst"))
print(getattr(c, "inst"), getattr(c, "nope", "fallback"), getattr(c, "method")(), getattr(C, "cls_attr"))
setattr(c, "new", [1])
print(c.new, getattr(c, "new"))
delattr(c, "new")
print(hasattr(c, "new"))
try:
    getattr(c, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(c, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(c, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(hasattr("s", "upper"), getattr([1, 2], "count")(1), hasattr(5, "real"), getattr(5, "imag"))
class Prop:
    @property
    def boom(self):
        raise ValueError("property raised")
try:
    hasattr(Prop(), "boom")
except ValueError as e:
    print(type(e).__name__, e)
class AttrErrProp:
    @property
    def gone(self):
        raise AttributeError("nope")
print(hasattr(AttrErrProp(), "gone"), getattr(AttrErrProp(), "gone", "default used"))

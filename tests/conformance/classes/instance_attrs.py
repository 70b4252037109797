class Obj:
    def __init__(self):
        self.a = 1
o = Obj()
print(getattr(o, "a"), getattr(o, "b", None), hasattr(o, "a"), hasattr(o, "b"))
setattr(o, "b", 2)
print(o.b)
delattr(o, "a")
print(hasattr(o, "a"))
try:
    o.a
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del o.zzz
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(o, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Obj.nothing
except AttributeError as e:
    print(type(e).__name__, e)
for name in ["x", "y", "z"]:
    setattr(o, name, name.upper())
print([getattr(o, n) for n in ["x", "y", "z"]])
try:
    setattr(o, 5, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    (5).real = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    [].x = 1
except AttributeError as e:
    print(type(e).__name__, e)

import weakref
class C:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"C({self.n})"
o = C(1)
r = weakref.ref(o)
print(r() is o, r(), type(r).__name__, type(r) is weakref.ReferenceType, weakref.ref is weakref.ReferenceType)
print(weakref.getweakrefcount(o), weakref.getweakrefs(o) == [r])
r2 = weakref.ref(o)
print(r2 is r, weakref.getweakrefcount(o))
del o
print(r(), r2())
print(weakref.getweakrefcount(C(2)))
for bad in [1, "s", (1,), [1], {}, None, 1.5, b"x", object()]:
    try:
        weakref.ref(bad)
    except TypeError as e:
        print(type(e).__name__, e)
def f(): pass
class K: pass
for ok in [f, len, K, set(), frozenset(), weakref, (x for x in [])]:
    w = weakref.ref(ok)
    print(type(ok).__name__, w() is ok)
try:
    weakref.ref()
except TypeError as e:
    print(type(e).__name__, e)
try:
    weakref.ref(K(), None, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    r(1)
except TypeError as e:
    print(type(e).__name__, e)
print(weakref.ref.__name__, weakref.ref.__module__, weakref.ReferenceType.__qualname__)
print(repr(weakref.ref), repr(weakref.ProxyType), repr(weakref.CallableProxyType))
k = K()
w1 = weakref.ref(k)
print(weakref.ref(k, None) is w1, w1.__callback__)
x = K()
wx = weakref.ref(x)
s = repr(wx)
print(s.startswith("<weakref at 0x"), "; to 'K' at 0x" in s)
del x
print(repr(wx).endswith("; dead>"))
print(weakref.ref(f).__repr__().endswith("(f)>"))

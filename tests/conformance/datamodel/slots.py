class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(p, "__dict__"))
del p.x
try:
    p.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del p.x
except AttributeError as e:
    print(type(e).__name__, e)
print(type(P.x).__name__, P.__slots__)
class Q(P):
    pass
q = Q(1, 2)
q.z = 3
print(q.z, q.__dict__)
class R(P):
    __slots__ = ("z",)
r = R(1, 2)
r.z = 5
print(r.x, r.y, r.z)
try:
    r.w = 1
except AttributeError as e:
    print(type(e).__name__, e)
class WD:
    __slots__ = ("a", "__dict__")
w = WD()
w.a = 1
w.b = 2
print(w.a, w.b, w.__dict__)
class WR:
    __slots__ = ("a", "__weakref__")
print(hasattr(WR(), "__dict__"))
class One:
    __slots__ = "only"
o = One()
o.only = 4
print(o.only, One.__slots__)
try:
    class Conflict:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print(type(e).__name__, e)
class Empty:
    __slots__ = ()
try:
    Empty().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    class BadSlot:
        __slots__ = (1,)
except TypeError as e:
    print(type(e).__name__, e)
class WithDefault:
    __slots__ = ("v",)
    def get(self):
        return getattr(self, "v", "unset")
wd = WithDefault()
print(wd.get())
wd.v = 9
print(wd.get())
class Priv:
    __slots__ = ("__secret",)
    def __init__(self):
        self.__secret = 42
    def reveal(self):
        return self.__secret
print(Priv().reveal(), "_Priv__secret" in dir(Priv))
class S(P):
    __slots__ = ()
    def total(self):
        return self.x + self.y
print(S(3, 4).total())
# slots in subclasses of builtins
class IntS(int):
    __slots__ = ()
print(IntS(5) + 1)
try:
    IntS(5).a = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(P.x.__get__(p, P) if hasattr(p, "x") else "no x", P.y.__get__(p, P))
P.y.__set__(p, 10)
print(p.y)
print(P.y.__name__, P.y.__objclass__.__name__)
print(sorted(k for k in P.__dict__ if not k.startswith("__") or k == "__slots__"))

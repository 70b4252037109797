class C:
    def __init__(self): self._x = 0
    @property
    def x(self):
        "the x doc"
        return self._x
    @x.setter
    def x(self, v):
        print("set", v)
        self._x = v
    @x.deleter
    def x(self):
        print("del")
        self._x = None
c = C()
c.x = 5
print(c.x)
del c.x
print(c.x, C.x.__doc__, type(C.x).__name__)
class RO:
    @property
    def v(self): return 1
try:
    RO().v = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del RO().v
except AttributeError as e:
    print(type(e).__name__, e)
p = property(lambda s: 1, doc="given doc")
print(p.__doc__, p.fget(None), p.fset, p.fdel)
class Q:
    def get(self): return "g"
    def set(self, v): print("s", v)
    q = property(get, set, None, "qdoc")
Q().q = 1
print(Q().q, Q.q.__doc__)
wo = property(None, lambda s, v: print("wo", v))
class W:
    w = wo
W().w = 3
try:
    W().w
except AttributeError as e:
    print(type(e).__name__, e)
class Sub(C):
    @C.x.getter
    def x(self):
        return "sub " + str(self._x)
s = Sub()
s.x = 3
print(s.x)
print(C.x.fget.__name__, C.x.setter is not None)
class Named:
    @property
    def thing(self):
        raise AttributeError("custom")
try:
    Named().thing
except AttributeError as e:
    print(type(e).__name__, e)
class D:
    @property
    def doc_from_getter(self):
        """getter doc"""
print(D.doc_from_getter.__doc__)
print(property().__doc__)
x = property(doc="d")
print(x.__doc__, x.getter(lambda s: 1).__doc__)

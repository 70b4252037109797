class C:
    def __init__(self):
        self._v = 0
    def get_v(self):
        return self._v
    def set_v(self, v):
        self._v = v * 2
    v = property(get_v, set_v, None, "doc for v")
    @staticmethod
    def s(x):
        return x + 1
    @classmethod
    def c(cls):
        return cls.__name__
o = C()
o.v = 5
print(o.v, C.v.__doc__, C.s(1), o.s(2), C.c(), o.c())
print(isinstance(C.__dict__["s"], staticmethod), isinstance(C.__dict__["c"], classmethod), isinstance(C.__dict__["v"], property))
ro = property(lambda self: "read only")
class D:
    r = ro
print(D().r)
try:
    D().r = 1
except AttributeError as e:
    print(type(e).__name__, e)

class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
a = A()
a.x = 1
a.__class__ = B
print(a.who(), type(a).__name__, a.x, isinstance(a, B))
try:
    a.__class__ = int
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1).__class__ = bool
except TypeError as e:
    print(type(e).__name__, e)
class S1:
    __slots__ = ("a",)
class S2:
    __slots__ = ("b",)
try:
    s = S1()
    s.__class__ = S2
except TypeError as e:
    print(type(e).__name__, e)
class S3:
    __slots__ = ("a",)
s = S1()
s.__class__ = S3
print(type(s).__name__)
o = A()
o.__dict__ = {"k": 5}
print(o.k, o.__dict__)
try:
    o.__dict__ = 5
except TypeError as e:
    print(type(e).__name__, e)
o.__dict__["m"] = 6
print(o.m, sorted(vars(o)))
d = {"shared": 1}
p, q = A(), A()
p.__dict__ = d
q.__dict__ = d
p.new = 2
print(q.new, d)
try:
    del o.__dict__
    print("deleted", o.__dict__)
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
print(A.__dict__["who"].__name__)
class C:
    pass
C.__name__ = "Renamed"
print(C.__name__, C.__qualname__, repr(C).endswith("C'>"))
C.__qualname__ = "Q.R"
print(repr(C).split(".")[-1])
try:
    C.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
print(type(a).__dict__ is not None, a.__class__.__name__)

class A:
    x = 1
    def f(self): return "A.f"
class B(A):
    pass
b = B()
print(b.x, b.f())
A.x = 2
A.f = lambda self: "new f"
print(b.x, b.f())
B.x = 3
print(b.x, A.x)
del B.x
print(b.x)
try:
    del B.x
except AttributeError as e:
    print(type(e).__name__, e)
A.__add__ = lambda self, o: "added"
print(b + 1)
A.__len__ = lambda self: 7
print(len(b))
del A.__len__
try:
    len(b)
except TypeError as e:
    print(type(e).__name__, e)
A.__repr__ = lambda self: "<A repr>"
print(repr(b), str(b))
A.__eq__ = lambda self, o: True
print(b == 5)
B.__hash__ = lambda self: 42
print(hash(b))
setattr(A, "dyn", property(lambda self: "dyn prop"))
print(b.dyn)
A.__getattr__ = lambda self, n: "ga " + n
print(b.anything)
del A.__getattr__
try:
    b.anything
except AttributeError as e:
    print(type(e).__name__, e)
for n in range(3):
    setattr(B, "m%d" % n, (lambda k: lambda self: k * 10)(n))
print(b.m0(), b.m1(), b.m2())
print(sorted(k for k in vars(B) if not k.startswith("__")))
try:
    int.x = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del int.real
except TypeError as e:
    print(type(e).__name__, e)

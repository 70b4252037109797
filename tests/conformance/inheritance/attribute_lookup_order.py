class A:
    x = "A.x"
    def m(self):
        return "A.m"
class B(A):
    pass
b = B()
print(b.x, b.m())
B.x = "B.x"
print(b.x, A.x)
b.x = "instance x"
print(b.x, B.x)
del b.x
print(b.x)
del B.x
print(b.x)
A.m = lambda self: "patched A.m"
print(b.m())
class D:
    def __init__(self):
        self.method = lambda: "instance attr"
    def method(self):
        return "class method"
print(D().method())
class WithProp:
    @property
    def p(self):
        return "property wins"
w = WithProp()
try:
    w.p = 5
except AttributeError as e:
    print(type(e).__name__, e)
print(w.p)

class A:
    def f(self): return "A.f"
    @classmethod
    def c(cls): return "A.c " + cls.__name__
    @staticmethod
    def s(): return "A.s"
    @property
    def p(self): return "A.p"
class B(A):
    def f(self): return "B>" + super().f()
    @classmethod
    def c(cls): return "B>" + super().c()
    @staticmethod
    def s(): return "B>" + super(B, B).s()
    @property
    def p(self): return "B>" + super().p
class C(A):
    def f(self): return "C>" + super().f()
class D(B, C):
    def f(self): return "D>" + super().f()
print(D().f(), D.c(), D.s(), D().p)
print([k.__name__ for k in D.__mro__])
print(super(B, D()).f(), super(C, D()).f())
s = super(B, D())
print(type(s).__name__, s.__thisclass__.__name__, type(s.__self__).__name__, s.__self_class__.__name__)
try:
    super(int, "x")
except TypeError as e:
    print(type(e).__name__, e)
def outside():
    try:
        super()
    except RuntimeError as e:
        print(type(e).__name__, e)
outside()
class E:
    def m(self):
        return super().__repr__ is not None
print(E().m())
class F(A):
    def f(self):
        try:
            return super().missing
        except AttributeError as e:
            return str(e)
print(F().f())
class G(A):
    def f(self):
        g = lambda: super(G, self).f()
        return g()
print(G().f())
class H(dict):
    def __getitem__(self, k):
        return super().__getitem__(k) * 2
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
print(H(a=2)["a"])
class Init:
    def __init__(self):
        super().__init__()
        print("Init ok")
Init()
class Ex(Exception):
    def __init__(self, *a):
        super().__init__(*a)
print(Ex(1, 2).args)
class MyType(type):
    def __new__(m, *a):
        return super().__new__(m, *a)
X = MyType("X", (), {})
print(X.__name__)

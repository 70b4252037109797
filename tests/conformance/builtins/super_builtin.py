class A:
    def f(self):
        return "A.f"
    @classmethod
    def cm(cls):
        return "A.cm from " + cls.__name__
class B(A):
    def f(self):
        return "B.f > " + super().f()
    @classmethod
    def cm(cls):
        return "B.cm > " + super().cm()
class C(B):
    def f(self):
        return "C.f > " + super(B, self).f()
print(B().f(), C().f(), B.cm(), C.cm())
print(super(C, C()).f())
class NoSuper:
    def f(self):
        return super().__repr__() is not None
print(NoSuper().f())
def outside():
    try:
        super()
    except RuntimeError as e:
        print(type(e).__name__, e)
outside()

def outer():
    def inner():
        def innermost(): pass
        return innermost
    class K:
        def meth(self):
            def local(): pass
            return local
        class Nested:
            pass
    return inner, K
inner, K = outer()
print(inner.__qualname__, inner().__qualname__, K.__qualname__, K.meth.__qualname__)
print(K().meth().__qualname__, K.Nested.__qualname__, K.__name__, inner.__name__)
class Top:
    class Mid:
        def f(self): pass
    lam = lambda self: None
    def g(self): return [lambda: 1 for _ in range(1)][0]
print(Top.Mid.__qualname__, Top.Mid.f.__qualname__, Top.lam.__qualname__, Top().g().__qualname__)
print((lambda: 0).__qualname__, (x for x in ()).__qualname__ if hasattr((x for x in ()), "__qualname__") else "")
def gen(): yield 1
print(gen.__qualname__, gen().__name__, gen().__qualname__)
class D:
    """class doc"""
    def m(self):
        """method doc"""
    def n(self):
        x = 1
        "not a doc"
print(D.__doc__, D.m.__doc__, D.n.__doc__)
class NoDoc: pass
print(NoDoc.__doc__)
def fd():
    "func doc"
print(fd.__doc__)
fd.__doc__ = "changed"
print(fd.__doc__)
print(D.__module__, fd.__module__, int.__module__, len.__module__)
print(__name__)
import sys
print(sys.__name__, type(sys).__name__)
print(int.__name__, int.__qualname__, len.__name__, len.__qualname__, [].append.__name__, [].append.__qualname__)
print(str.upper.__qualname__, dict.fromkeys.__qualname__ if hasattr(dict.fromkeys, "__qualname__") else "")
def annotated(a: int) -> str: pass
fd.__name__ = "renamed"
print(fd.__name__, fd.__qualname__)
try:
    fd.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
print(D.m.__name__, D().m.__name__, D().m.__qualname__)
print(type.__name__, object.__qualname__, type(None).__name__)
print(Top.__dict__["Mid"].__module__)
print(type(len).__name__, [].append.__self__)

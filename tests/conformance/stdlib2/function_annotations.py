def f(a: int, b: "str" = "x", *args: float, c: list[int], d=1, **kw: dict) -> None:
    pass
print(f.__annotations__)
def g(x, y): pass
print(g.__annotations__, g.__annotations__ is g.__annotations__)
g.__annotations__ = {"x": int}
print(g.__annotations__)
try: g.__annotations__ = 5
except TypeError as e: print(e)
class C:
    T = int
    def m(self, v: T) -> "C": return v
    def __p(self, __q: int): pass
print(C.m.__annotations__, C._C__p.__annotations__)
def outer():
    U = str
    def inner(z: U) -> U: return z
    return inner
print(outer().__annotations__)
lam = lambda x: x
print(lam.__annotations__)
import typing
print(typing.get_type_hints(f))
def h(a: "List[int]") -> "Optional[int]": pass
print(h.__annotations__, f.__dict__)

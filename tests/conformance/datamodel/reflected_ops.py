class V:
    def __init__(self, x): self.x = x
    def __repr__(self): return f"V({self.x})"
    def __add__(self, o):
        if isinstance(o, V): return V(self.x + o.x)
        if isinstance(o, int): return V(self.x + o)
        return NotImplemented
    def __radd__(self, o):
        print("radd", o)
        if isinstance(o, int): return V(o + self.x)
        return NotImplemented
    def __sub__(self, o): return NotImplemented
    def __rsub__(self, o): return ("rsub", o)
    def __mul__(self, o): return V(self.x * o) if isinstance(o, int) else NotImplemented
    __rmul__ = __mul__
    def __iadd__(self, o):
        print("iadd")
        return NotImplemented
    def __matmul__(self, o): return "matmul"
    def __rmatmul__(self, o): return "rmatmul"
    def __pow__(self, o, m=None): return ("pow", o, m)
    def __rpow__(self, o): return ("rpow", o)
    def __truediv__(self, o): return "truediv"
    def __rtruediv__(self, o): return "rtruediv"
    def __floordiv__(self, o): return "floordiv"
    def __rfloordiv__(self, o): return "rfloordiv"
    def __mod__(self, o): return "mod"
    def __rmod__(self, o): return "rmod"
    def __divmod__(self, o): return "divmod"
    def __rdivmod__(self, o): return "rdivmod"
    def __lshift__(self, o): return "lshift"
    def __rlshift__(self, o): return "rlshift"
    def __rshift__(self, o): return "rshift"
    def __rrshift__(self, o): return "rrshift"
    def __and__(self, o): return "and"
    def __rand__(self, o): return "rand"
    def __or__(self, o): return "or"
    def __ror__(self, o): return "ror"
    def __xor__(self, o): return "xor"
    def __rxor__(self, o): return "rxor"
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "invert"
    def __abs__(self): return "abs"

print(V(1) + V(2), V(1) + 5, 5 + V(1))
try:
    "s" + V(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    V(1) - 3
except TypeError as e:
    print(type(e).__name__, e)
print(3 - V(1))
try:
    V(1) - V(2)
except TypeError as e:
    print(type(e).__name__, e)
v = V(3)
v += 1
print(v)
print(V(2) * 3, 3 * V(2))
print(V(1) @ 2, 2 @ V(1))
print(V(1) ** 2, 2 ** V(1), pow(V(1), 2, 5))
for op in ["/", "//", "%", "<<", ">>", "&", "|", "^"]:
    print(op, eval("V(1) " + op + " 2"), eval("2 " + op + " V(1)"))
print(divmod(V(1), 2), divmod(2, V(1)))
print(-V(1), +V(1), ~V(1), abs(V(1)))

class Sub(V):
    def __radd__(self, o):
        return "Sub.radd"
    def __rsub__(self, o):
        return "Sub.rsub"
# subclass reflected method takes priority when it overrides
print(V(1) + Sub(2))
print(V(1) - Sub(2))

class Sub2(V):
    pass
# not overridden: left operand first
print(V(1) + Sub2(2))

class A:
    def __eq__(self, o):
        print("A.eq"); return NotImplemented
    def __lt__(self, o):
        print("A.lt"); return NotImplemented
class B:
    def __eq__(self, o):
        print("B.eq"); return NotImplemented
    def __gt__(self, o):
        print("B.gt"); return NotImplemented
print(A() == B())
print(A() != B())
try:
    A() < B()
except TypeError as e:
    print(type(e).__name__, e)
class C:
    def __gt__(self, o):
        return "C.gt"
    def __ge__(self, o):
        return "C.ge"
print(1 < C(), 1 <= C())
try:
    V(1) < V(2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    V(1) ** "x"
except TypeError as e:
    print("pow", e)
class R:
    def __rpow__(self, o, m=None):
        return ("R.rpow", o, m)
print(2 ** R())
try:
    pow(2, R(), 5)
except TypeError as e:
    print(type(e).__name__, e)
# in-place fallbacks
class L:
    def __init__(self): self.v = []
    def __add__(self, o): print("add"); return "added"
l = L()
l += 1
print(l)
try:
    x = [1]
    x += 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    x = 1
    x @= 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    -"a"
except TypeError as e:
    print(type(e).__name__, e)
try:
    ~1.5
except TypeError as e:
    print(type(e).__name__, e)

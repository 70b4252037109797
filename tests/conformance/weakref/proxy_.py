import weakref
class C:
    def __init__(self): self.x = 1; self.items = [1, 2, 3]
    def meth(self): return "meth"
    def __len__(self): return 3
    def __getitem__(self, i): return self.items[i]
    def __iter__(self): return iter(self.items)
    def __add__(self, o): return "add " + str(o)
    def __call__(self, *a): return ("called", a)
    def __str__(self): return "C-str"
    def __eq__(self, o): return o == "eq"
    __hash__ = object.__hash__
o = C()
p = weakref.proxy(o)
print(type(p).__name__, p.x, p.meth(), len(p), p[1], list(p), p + 1, p(1, 2), str(p), 2 in p, p == "eq")
p.y = 5
print(o.y)
del p.y
print(hasattr(o, "y"))
print(type(p) is weakref.CallableProxyType, isinstance(p, weakref.ProxyTypes))
try:
    hash(p)
except TypeError as e:
    print(type(e).__name__, e)
class N:
    v = 3
n = N()
pn = weakref.proxy(n)
print(type(pn) is weakref.ProxyType, pn.v, weakref.getweakrefcount(n), weakref.proxy(n) is pn)
r = weakref.ref(n)
print(weakref.getweakrefcount(n), weakref.getweakrefs(n)[0] is r)
del n
try:
    pn.v
except ReferenceError as e:
    print(type(e).__name__, e)
try:
    str(pn)
except ReferenceError as e:
    print(type(e).__name__, e)
print(repr(pn).endswith("; dead>"), r())
log = []
m = N()
pm = weakref.proxy(m, lambda w: log.append(w is pm))
del m
print(log)
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return self.v + o
    def __radd__(self, o): return o + self.v
    def __mul__(self, o): return self.v * o
    def __neg__(self): return -self.v
    def __bool__(self): return self.v != 0
    def __index__(self): return self.v
num = Num(4)
pn2 = weakref.proxy(num)
print(pn2 + 1, 1 + pn2, pn2 * 2, -pn2, bool(pn2), [0, 1, 2, 3, 4, 5][pn2])
try:
    weakref.proxy(1)
except TypeError as e:
    print(type(e).__name__, e)

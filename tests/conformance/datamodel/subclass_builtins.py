class MyList(list):
    def append(self, x):
        print("append", x)
        super().append(x * 2)
    def __getitem__(self, i):
        return ("item", super().__getitem__(i))
    def __len__(self):
        return super().__len__() + 100
l = MyList([1, 2])
l.append(3)
print(list(l), l[0], len(l), l == [1, 2, 6], type(l[:1]))
print(repr(l), isinstance(l, list), type(l + [1]).__name__)
l2 = MyList()
l2.extend([1])
print(list(l2))
class MyDict(dict):
    def __missing__(self, k):
        return k * 2
    def __setitem__(self, k, v):
        super().__setitem__(k, v + 1)
d = MyDict(a=1)
print(d["zz"], d, d.get("zz"))
d["b"] = 1
print(d)
d.update(c=1)  # update bypasses __setitem__
print(d)
class Upper(str):
    def upper(self):
        return "U:" + super().upper()
    def __str__(self):
        return "Upper!"
u = Upper("abc")
print(u.upper(), u + "d", type(u + "d").__name__, str(u), repr(u), f"{u}", "%s" % u, len(u))
class MyInt(int):
    def __add__(self, o):
        return MyInt(int(self) + o + 1000)
    def __repr__(self):
        return "MyInt(" + super().__repr__() + ")"
i = MyInt(5)
print(i + 1, 1 + i, i * 2, type(i * 2).__name__, repr(i), str(i), i == 5, hash(i) == hash(5))
print(MyInt("12", 8) if False else MyInt("12"), MyInt(3.9))
class Flt(float):
    def __new__(cls, v, tag):
        o = super().__new__(cls, v)
        o.tag = tag
        return o
f = Flt(2.5, "t")
print(f, f.tag, f * 2, type(f * 2).__name__)
class Tup(tuple):
    def __new__(cls, *args):
        return super().__new__(cls, args)
    def first(self):
        return self[0]
t = Tup(1, 2, 3)
print(t, t.first(), len(t), type(t[1:]).__name__, t == (1, 2, 3))
class MySet(set):
    def add(self, x):
        super().add(x)
        super().add(-x)
s = MySet()
s.add(1)
print(sorted(s), type(s | {5}).__name__, type(s.copy()).__name__)
class MyExc(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
try:
    raise MyExc("bad", 7)
except MyExc as e:
    print(e, e.args, e.code, repr(e))
class E2(ValueError):
    pass
print(repr(E2(1, 2)), str(E2("x")), str(E2()), E2.__mro__[1].__name__)
class FS(frozenset):
    pass
print(type(FS([1]) | FS([2])).__name__, sorted(FS([3, 1])))
class B(bytes):
    pass
print(B(b"ab"), type(B(b"ab")[0:1]).__name__)
class OD(dict):
    def keys(self):
        return ["fake"]
print(list(OD(a=1)), dict(OD(a=1)))
class ReprList(list):
    pass
r = ReprList([1, 2])
r.attr = 5
print(r, r.attr)
class Bool2(int):
    def __bool__(self):
        return False
print(bool(Bool2(5)), not Bool2(5))
class DefaultInit(list):
    def __init__(self, *a):
        print("init", a)
        super().__init__(a)
print(DefaultInit(1, 2))
class StrNew(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
print(StrNew("abc"), type(StrNew("x")).__name__)
class IntNoArgs(int):
    pass
print(IntNoArgs(), IntNoArgs("7"), IntNoArgs("ff", 16))

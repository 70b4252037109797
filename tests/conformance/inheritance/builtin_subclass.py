class MyList(list):
    def sum(self):
        return sum(self)
    def __repr__(self):
        return "MyList(" + super().__repr__() + ")"
m = MyList([1, 2, 3])
m.append(4)
print(m, m.sum(), len(m), m[0], isinstance(m, list), type(m[:2]).__name__)
class MyDict(dict):
    def __missing__(self, k):
        return f"<{k}>"
d = MyDict(a=1)
print(d["a"], d["zzz"], d, len(d))
class UpperStr(str):
    def shout(self):
        return self.upper() + "!"
u = UpperStr("hey")
print(u, u.shout(), u + "x", type(u + "x").__name__, len(u), isinstance(u, str))
class PosInt(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
p = PosInt(-5)
print(p, p + 1, type(p + 1).__name__, type(p).__name__, p == 5)
class CountingDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
cd = CountingDict()
cd["x"] = 5
print(cd)
class MyErr(ValueError):
    pass
try:
    raise MyErr("custom")
except ValueError as e:
    print(type(e).__name__, e, isinstance(e, Exception))

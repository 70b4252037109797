class D:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, inst, owner=None):
        if inst is None:
            return self
        return "got " + self.name
class C:
    a = D()
    b = D()
print(C().a, C().b, type(C.a).__name__)
class Other:
    pass
d = D()
Other.late = d  # no __set_name__ on assignment after class creation
print(hasattr(d, "name"))
class Bad:
    def __set_name__(self, owner, name):
        raise ValueError("bad " + name)
try:
    class X:
        attr = Bad()
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else None)
T = type("T", (), {"z": D()})
print(T().z)
class Notes:
    def __set_name__(self, owner, name):
        print("order", name)
class M:
    c = Notes()
    a = Notes()
    b = Notes()

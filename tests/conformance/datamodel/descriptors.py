class Data:
    def __init__(self, name): self.name = name
    def __get__(self, inst, owner):
        print("Data.get", inst is None, owner.__name__)
        if inst is None: return self
        return inst.__dict__.get("_" + self.name, "default")
    def __set__(self, inst, v):
        print("Data.set", v)
        inst.__dict__["_" + self.name] = v
    def __delete__(self, inst):
        print("Data.delete")
        inst.__dict__.pop("_" + self.name, None)
class NonData:
    def __get__(self, inst, owner):
        return "nondata"
class SetOnly:
    def __set__(self, inst, v):
        print("SetOnly.set", v)
class C:
    d = Data("d")
    n = NonData()
    s = SetOnly()
c = C()
print(c.d)
c.d = 5
print(c.d)
c.__dict__["d"] = "instance dict"
print(c.d)  # data descriptor wins
del c.d
print(c.d)
print(c.n)
c.__dict__["n"] = "instance wins"
print(c.n)  # instance dict wins over non-data
c.s = 3
print(type(c.s).__name__)  # returns descriptor itself (no __get__)
c.__dict__["s"] = "inst"
print(c.s)  # data descriptor (has __set__) without __get__: instance dict wins? 
print(type(C.__dict__["d"]).__name__, C.d.name)
class RO:
    def __get__(self, inst, owner): return 1
    def __set__(self, inst, v): raise AttributeError("read-only")
class D:
    r = RO()
try:
    D().r = 2
except AttributeError as e:
    print(type(e).__name__, e)
class NoDel:
    def __get__(self, i, o): return 1
    def __set__(self, i, v): pass
class E:
    x = NoDel()
try:
    del E().x
except AttributeError as e:
    print(type(e).__name__, e)
class sm:
    @staticmethod
    def f(x): return x * 2
    @classmethod
    def g(cls, x): return (cls.__name__, x)
class sub(sm): pass
print(sm.f(2), sm().f(3), sm.g(1), sub.g(2), sub().g(3))
print(type(sm.__dict__["f"]).__name__, type(sm.__dict__["g"]).__name__)
print(sm.__dict__["f"].__func__(5), sm.__dict__["g"].__func__(sm, 1))
print(staticmethod(len)("abc"), callable(sm.__dict__["f"]))
# descriptor on metaclass
class MetaDesc(type):
    @property
    def meta_prop(cls): return "mp " + cls.__name__
class WithMP(metaclass=MetaDesc): pass
print(WithMP.meta_prop)
try:
    WithMP().meta_prop
except AttributeError as e:
    print(type(e).__name__, e)
# functions are non-data descriptors
def free(self): return "free " + type(self).__name__
class F: pass
F.m = free
print(F().m(), free.__get__(F())(), type(free.__get__(F())).__name__)
bm = F().m
print(bm.__func__ is free, type(bm.__self__).__name__, bm == F.m.__get__(bm.__self__))
# class attribute lookup via __get__(None, cls)
class CD:
    def __get__(self, i, o): return ("CD", i, o.__name__)
class Host:
    a = CD()
print(Host.a)
class ClassMethodProp:
    @classmethod
    def cm(cls): return cls
print(ClassMethodProp.cm() is ClassMethodProp, ClassMethodProp.__dict__["cm"].__get__(None, int)())

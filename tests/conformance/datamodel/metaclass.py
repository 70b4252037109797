class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        d = {"injected": 1}
        return d
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")))
        return super().__new__(mcls, name, bases, ns)
    def __call__(cls, *a, **k):
        print("call", cls.__name__, a, k)
        return super().__call__(*a, **k)
class C(metaclass=Meta, x=1):
    def m(self): pass
    def __init__(self, v=0):
        self.v = v
print(C.injected, type(C).__name__)
c = C(5, )
print(c.v)
class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class S(metaclass=Singleton):
    pass
print(S() is S())
class Sub(C):
    pass
print(type(Sub).__name__)
class M3(type):
    pass
class M4(type):
    pass
class X3(metaclass=M3): pass
class X4(metaclass=M4): pass
try:
    class Bad(X3, X4): pass
except TypeError as e:
    print(type(e).__name__, e)
T = Meta("T", (), {"q": 1})
print(T.q)
print(type.__prepare__("x", ()))
class MM(type):
    def __repr__(cls):
        return "<MM " + cls.__name__ + ">"
    def method(cls):
        return "meta method"
class Z(metaclass=MM):
    pass
print(repr(Z), Z.method())
try:
    Z().method
except AttributeError as e:
    print(type(e).__name__, e)
def fmeta(name, bases, ns):
    return "not a class " + name
class F(metaclass=fmeta):
    pass
print(F)
print(type(type), type(object), isinstance(type, type), isinstance(object, type))
class Abs(type):
    def mro(cls):
        return (cls, object)
try:
    class WithMro(metaclass=Abs):
        pass
    print([k.__name__ for k in WithMro.__mro__])
except Exception as e:
    print(type(e).__name__, e)

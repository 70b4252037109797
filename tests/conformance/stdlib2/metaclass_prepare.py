# Metaclasses deriving from type, __prepare__ with a dict subclass, class-body
# annotations, __mro_entries__ and __orig_bases__.
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, [b.__name__ for b in bases], kw)
        return {"x": 1}

    def __new__(mcs, name, bases, ns, **kw):
        print("new", name, type(ns).__name__, sorted(ns), kw)
        return super().__new__(mcs, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        print("init", name)
        super().__init__(name, bases, ns)


class A(metaclass=Meta, foo=1):
    y = 2


print(A.x, A.y, type(A).__name__, isinstance(A, Meta), isinstance(A, type))


class B(A):
    z = 3


print(type(B).__name__, B.x, B.z, Meta.__mro__)


class Recording(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, k, v):
        self.order.append(k)
        super().__setitem__(k, v)

    def __getitem__(self, k):
        if k == "magic":
            return 42
        return super().__getitem__(k)


class M2(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return Recording()

    def __new__(mcs, name, bases, ns):
        print("order", ns.order)
        return super().__new__(mcs, name, bases, dict(ns))


class C(metaclass=M2):
    a = 1
    b = magic + 1

    def f(self):
        return self.a
    del a


print(C.b, C().f.__name__, hasattr(C, "a"))


class M3(type):
    def __iter__(cls):
        return iter(cls._items)

    def __len__(cls):
        return len(cls._items)

    def __getitem__(cls, k):
        return cls._items[k]

    def __contains__(cls, x):
        return x in cls._items

    def __call__(cls, *a, **k):
        print("call", a, k)
        return super().__call__(*a, **k)

    def __setattr__(cls, k, v):
        if k.startswith("_locked"):
            raise AttributeError("cannot reassign member %r" % k)
        super().__setattr__(k, v)

    def __delattr__(cls, k):
        print("delattr", k)
        super().__delattr__(k)

    def __repr__(cls):
        return "<M3 class %s>" % cls.__name__

    @property
    def size(cls):
        return len(cls._items)

    def __getattr__(cls, name):
        return "missing:" + name


class D(metaclass=M3):
    _items = [10, 20, 30]
    _locked_x = 1

    def __init__(self, v):
        self.v = v


print(list(D), len(D), D[1], 20 in D, 5 in D, D(7).v, D.size, repr(D), D.nothing)
D.other = 5
print(D.other)
try:
    D._locked_x = 2
except AttributeError as e:
    print("AttributeError", e)
del D.other
print(hasattr(D, "other"), D.other)


# Annotations in module and class bodies.
count: int = 3
label: "str"
print(__annotations__)


class Ann:
    a: int
    b: list = []
    __private: float = 1.0
    if True:
        c: dict
    (d): int = 4
    print("inside", sorted(__annotations__))


print(Ann.__annotations__, Ann.b, Ann.d)


def local_ann():
    z: undefined_name = 5
    w: also_undefined
    return z


print(local_ann())


class NoAnn:
    pass


print("__annotations__" in NoAnn.__dict__)


# __mro_entries__ on a non-class base.
class Base:
    pass


class Proxy:
    def __mro_entries__(self, bases):
        print("mro_entries", len(bases))
        return (Base,)


class E(Proxy(), metaclass=type):
    pass


print(E.__mro__[1].__name__, len(E.__orig_bases__), type(E.__orig_bases__[0]).__name__)

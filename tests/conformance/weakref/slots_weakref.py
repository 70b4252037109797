import weakref
class NoWeak:
    __slots__ = ("a",)
class WithWeak:
    __slots__ = ("a", "__weakref__")
class Child(NoWeak):
    pass
for cls in (NoWeak, WithWeak, Child):
    try:
        o = cls()
        r = weakref.ref(o)
        print(cls.__name__, "ok", r() is o)
    except TypeError as e:
        print(cls.__name__, type(e).__name__, e)
class I(int): pass
class S(str): pass
class T(tuple): pass
class L(list): pass
class D(dict): pass
class F(float): pass
class E(Exception): pass
for cls, arg in ((I, 1), (S, "x"), (T, ()), (L, ()), (D, ()), (F, 1.5), (E, ())):
    try:
        o = cls(arg)
        weakref.ref(o)
        print(cls.__name__, "ok")
    except TypeError as e:
        print(cls.__name__, type(e).__name__, e)
for o in (set(), frozenset(), len, weakref, int, lambda: 1):
    print(type(o).__name__, weakref.ref(o)() is o)
for o in (Exception(), property(), staticmethod(len), range(1), slice(1), iter([]), 1.5, b"", bytearray()):
    try:
        weakref.ref(o)
    except TypeError as e:
        print(type(e).__name__, e)

class A:
    def __new__(cls, *args, **kw):
        print("new", cls.__name__, args, kw)
        return super().__new__(cls)
    def __init__(self, x, y=0):
        print("init", x, y)
A(1, y=2)
class B:
    def __new__(cls):
        return 42
print(B())
class C:
    def __init__(self):
        return 5
try:
    C()
except TypeError as e:
    print(type(e).__name__, e)
class NoArgs:
    pass
try:
    NoArgs(1)
except TypeError as e:
    print(type(e).__name__, e)
class OnlyInit:
    def __init__(self, a): self.a = a
print(OnlyInit(3).a)
try:
    OnlyInit()
except TypeError as e:
    print(type(e).__name__, e)
class OnlyNew:
    def __new__(cls, a):
        o = super().__new__(cls)
        o.a = a
        return o
print(OnlyNew(4).a)
try:
    object.__new__(OnlyNew, 1)
    print("ok")
except TypeError as e:
    print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
class Other:
    def __init__(self): print("Other init")
class ReturnsOther:
    def __new__(cls):
        return Other()
    def __init__(self):
        print("not called")
print(type(ReturnsOther()).__name__)
class Sub(ReturnsOther.__class__): pass
class Cached:
    _c = None
    def __new__(cls):
        if cls._c is None:
            cls._c = super().__new__(cls)
        return cls._c
    def __init__(self):
        print("init again")
print(Cached() is Cached())
try:
    int.__new__(str)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__(int)
except TypeError as e:
    print(type(e).__name__, e)
print(type(object.__new__(NoArgs)).__name__)
class Ctx:
    def __enter__(self):
        print("enter"); return "val"
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, ev)
        return et is KeyError
with Ctx() as v:
    print(v)
with Ctx():
    raise KeyError("swallowed")
try:
    with Ctx():
        raise ValueError("propagates")
except ValueError as e:
    print("caught", e)
class NoExit:
    def __enter__(self): pass
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class NoEnter:
    def __exit__(self, *a): pass
try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)

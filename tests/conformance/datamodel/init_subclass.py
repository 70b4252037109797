class Base:
    registry = []
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.registry.append(cls.__name__)
class A(Base, tag="a"):
    pass
class B(A):
    pass
print(A.tag, B.tag, Base.registry)
try:
    class C(Base, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class D(unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Plain:
    pass
print(Plain.__init_subclass__.__name__ if hasattr(Plain.__init_subclass__, "__name__") else "?")
class Counter:
    def __init_subclass__(cls):
        print("init_subclass", cls.__name__, cls.__mro__[1].__name__)
class X(Counter): pass
class Y(X): pass
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(kw))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name, sorted(kw))
        super().__init__(name, bases, ns)
class M(metaclass=Meta, flavor=1):
    pass
class Inner:
    def __init_subclass__(cls, **kwargs):
        print("got", kwargs)
        super().__init_subclass__()
class J(Inner, a=1, b=2):
    pass

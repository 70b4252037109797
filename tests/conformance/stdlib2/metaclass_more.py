# More metaclass behaviour: __call__, registries, keyword arguments, inheritance.
class Registry(type):
    classes = []

    def __new__(mcs, name, bases, ns, register=True, **kw):
        cls = super().__new__(mcs, name, bases, ns, **kw)
        if register:
            mcs.classes.append(name)
        return cls

    def __init__(cls, name, bases, ns, register=True, **kw):
        super().__init__(name, bases, ns, **kw)
        cls.registered = register


class Base(metaclass=Registry):
    def __init_subclass__(cls, flavor=None, **kw):
        super().__init_subclass__(**kw)
        cls.flavor = flavor


class A(Base, flavor="sweet"):
    pass


class B(A, register=False):
    pass


print(Registry.classes, A.flavor, B.flavor, A.registered, B.registered, type(B).__name__)


class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, value=0):
        self.value = value


c1 = Config(1)
c2 = Config(2)
print(c1 is c2, c1.value)


class Tracing(type):
    def __getattr__(cls, name):
        return f"<{cls.__name__}.{name}>"

    def __setattr__(cls, name, value):
        super().__setattr__(name, value * 2 if isinstance(value, int) else value)

    def __getitem__(cls, key):
        return f"{cls.__name__}[{key!r}]"

    def __len__(cls):
        return 42

    def __bool__(cls):
        return False

    def __eq__(cls, other):
        return isinstance(other, str) and other == cls.__name__

    __hash__ = type.__hash__

    def __instancecheck__(cls, obj):
        return obj == "anything"


class T(metaclass=Tracing):
    known = 1


T.num = 5
print(T.known, T.num, T.missing, T["k"], len(T), bool(T), T == "T", T == "U", isinstance("anything", T), isinstance(T(), T))
print({T: 1}[T], hash(T) == hash(T))

Dyn = Tracing("Dyn", (), {"x": 3})
print(Dyn.x, Dyn.nothing, type(Dyn).__name__)
Plain = type("Plain", (object,), {"y": 1, "f": lambda self: self.y + 1})
print(Plain().f(), Plain.__name__, type(Plain))


class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        ns = super().__prepare__(name, bases, **kw)
        ns["injected"] = name.lower()
        return ns

    def describe(cls):
        return f"{cls.__name__}: {sorted(k for k in cls.__dict__ if not k.startswith('__'))}"


class Thing(metaclass=Meta):
    own = True


print(Thing.injected, Thing.describe(), Meta.describe(Thing), type(Thing).__mro__)
try:
    Thing().describe()
except AttributeError as e:
    print("AttributeError", e)


class M1(type):
    pass


class M2(type):
    pass


class X(metaclass=M1):
    pass


class Y(metaclass=M2):
    pass


try:
    class Z(X, Y):
        pass
except TypeError as e:
    print("TypeError", e)


class M3(M1):
    pass


class W(X, metaclass=M3):
    pass


class V(W, X):
    pass


print(type(W).__name__, type(V).__name__)


def class_decorator(cls):
    cls.decorated = True
    return cls


@class_decorator
class Decorated(metaclass=Meta):
    pass


print(Decorated.decorated, Decorated.injected)
print(type.__prepare__("x", ()), type(type.__prepare__("x", ())))

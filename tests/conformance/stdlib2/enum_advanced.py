from enum import *
class Color(Enum):
    RED = 1
    GREEN = 2
    ALIAS = 1
class IE(IntEnum):
    A = 1
class Color2(Enum):
    RED = 1
    GREEN = 2
    def describe(self): return self.name
    @classmethod
    def fav(cls): return cls.RED
print("RED" in Color2.__dict__, type(Color2.__dict__["RED"]))
print(dir(Color2.RED))
print(Color2._member_names_, Color2._value2member_map_, Color2._member_type_)
class P2(Flag):
    R = 4
    W = 2
    RW = 6
    NONE = 0
print(list(P2), P2._member_names_, P2.__members__, P2.R|P2.W, P2._flag_mask_, P2._all_bits_, P2._boundary_)
class Q(Flag):
    A = auto()
    B = auto()
    C = auto()
print(list(Q), repr(Q.A|Q.C), list(Q.A|Q.C), repr(~Q.A), Q(7))
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.EARTH.value, Planet.EARTH.mass, repr(Planet.MARS))
class A(Enum):
    X = auto()
    Y = auto()
    Z = 10
    W = auto()
print(list(A))
class N(Enum):
    name = 1
    value = 2
print(N.name, N.value, N.name.name, N.value.value)
class M(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str): return cls[value.upper()]
print(M("a"))
class M2(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value): return 5
try: M2(3)
except Exception as e: print(type(e).__name__, e, repr(e.__context__))
class G(Enum):
    def _generate_next_value_(name, start, count, last_values): return name * 2
    A = auto()
print(G.A.value)
class T(tuple, Enum):
    A = (1, 2)
print(T.A, T.A[0], T.A.value)
class MyNew(Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj
    A = (1, "one")
print(MyNew.A.label, MyNew.A.value, MyNew(1))
print(Color2.RED.describe(), Color2.fav(), Color2.RED == Color2.RED, Color2.RED != Color2.GREEN, Color2.RED == 1)
print(IntEnum("X", "a b").a < 2, sorted([IntEnum("Y", "a b").b, 0]))
class S2(StrEnum):
    A = "x"
print(S2.A + "y", S2("x"), S2.A.upper())
try:
    class BadStr(StrEnum):
        A = 1
except Exception as e: print(type(e).__name__, e)
print(len(Enum))
Color2.RED.foo = 1; print(Color2.RED.foo)
try:
    class Bad(Enum):
        _sunder_ = 1
except Exception as e: print(type(e).__name__, e)
try:
    class O(Enum):
        _order_ = "B A"
        A = 1
        B = 2
except Exception as e: print(type(e).__name__, e)
print(Color.__members__.__class__.__name__, Color.RED in Color)
print(format(IntFlag("F", "a b").a | 8), bool(Color.RED))
print({Color.RED: 1}[Color.RED], Color.RED.name, Color.RED.value, Color.RED._name_, Color.RED._value_)
print(isinstance(IE.A, int), isinstance(IE.A, IE), IE.A.real, int(IE.A), [m.name for m in IE])
class W(Enum):
    A = 1
    B = nonmember(2)
    C = member(lambda: 3)
    _ignore_ = ["D"]
    D = 4
print([m.name for m in W], W.B, W.C.value(), hasattr(W, "D"))
class Weekday(Enum):
    MON = 1
    TUE = 2
    @property
    def is_first(self): return self is Weekday.MON
print(Weekday.MON.is_first, Weekday.TUE.is_first, Weekday(2).name)
print(sorted(IE) if False else [str(x) for x in IntFlag("Perm", "R W X")])
print(Flag("FF", "a b c").a | Flag("FF2", "a").a if False else "skip")
print(Color.RED.__reduce_ex__(2))


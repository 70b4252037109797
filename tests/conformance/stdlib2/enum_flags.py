from enum import Flag, IntFlag, Enum, IntEnum, StrEnum, auto, CONFORM, EJECT, KEEP, STRICT, unique, verify, UNIQUE, CONTINUOUS


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RWX = R | W | X


print(list(Perm), [m.name for m in Perm], Perm.RWX, repr(Perm.RWX))
print(Perm.R | Perm.W, repr(Perm.R & Perm.W), Perm.RWX ^ Perm.W, ~Perm.RWX, ~Perm(0))
print(Perm(3), Perm(7) is Perm.RWX, Perm.R in Perm.RWX, Perm.X in (Perm.R | Perm.W))
print(len(Perm.RWX), len(Perm(0)), bool(Perm.R), bool(Perm(0)), list(Perm(5)))
print(Perm._flag_mask_, Perm._all_bits_, Perm.__members__.keys())
try:
    Perm(9)
except ValueError as e:
    print("ValueError", e)
try:
    Perm.R | 1
except TypeError as e:
    print("TypeError", e)
try:
    Perm.R in 1
except TypeError as e:
    print("TypeError", e)


class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2


class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2


print(repr(Conform(7)), Eject(7), type(Eject(7)).__name__, repr(Eject(3)))


class Bits(IntFlag):
    A = 1
    B = 2
    C = 8


print(Bits.A | Bits.B, repr(Bits.A | Bits.B), Bits.A | 4, repr(Bits.A | 4), repr(Bits(16)))
print(Bits.A + 1, Bits.C > Bits.B, int(Bits.C), isinstance(Bits.A, int), repr(~Bits.A))
print(format(Bits.A | Bits.C, "04b"), f"{Bits.C}", str(Bits.A), repr(Bits(0)), str(Bits(0)))
print(repr(Bits.A & 3), repr(3 & Bits.A), repr(4 | Bits.A), repr(Bits.A ^ Bits.B))


class Shape(IntEnum):
    CIRCLE = 1
    SQUARE = 2


print(Shape.CIRCLE < Shape.SQUARE, sorted([Shape.SQUARE, Shape.CIRCLE]), Shape.SQUARE * 3)
print(Shape(2), Shape["CIRCLE"], {Shape.CIRCLE: "c"}[1], Shape.CIRCLE == 1.0, hash(Shape.CIRCLE) == hash(1))
print(f"{Shape.SQUARE:03d}", "%d %s %r" % (Shape.SQUARE, Shape.SQUARE, Shape.SQUARE))


class Lower(StrEnum):
    ALPHA = auto()
    BETA = auto()


print(list(Lower), Lower.ALPHA == "alpha", Lower("beta"), "-".join(Lower), f"{Lower.BETA:>6}")


class Ordinal(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return (count + 1) * 100

    FIRST = auto()
    SECOND = auto()


print(list(Ordinal))


class Base(Enum):
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
        super().__init_subclass__()

    def double(self):
        return self.value * 2


class Child(Base, tag="x"):
    ONE = 1
    TWO = 2


print(Child.TWO.double(), Child.ONE.__class__.__name__, issubclass(Child, Base))
Animal = Enum("Animal", "ANT BEE CAT", module=__name__, qualname="Animal")
print(Animal.BEE, Animal.BEE.value, Animal.__qualname__, list(Animal))
Num = IntEnum("Num", [("ONE", 1), ("TEN", 10)])
print(Num.TEN + 1, repr(Num.ONE))
Mixed = Enum("Mixed", {"A": "a", "B": "b"}, type=str)
print(Mixed.A, repr(Mixed.B), Mixed.A.upper(), isinstance(Mixed.A, str))
try:
    @verify(UNIQUE)
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError", e)
try:
    @verify(CONTINUOUS)
    class Gap(IntEnum):
        A = 1
        C = 3
except ValueError as e:
    print("ValueError", e)
print(unique(Shape) is Shape, {Shape.CIRCLE, Shape.CIRCLE, Shape.SQUARE} == {1, 2})
s = set(Perm)
print(len(s), Perm.R in s)


class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"

    @classmethod
    def parse(cls, text):
        return cls(text.lower())

    def __str__(self):
        return self.value.title()


print(Status.parse("ACTIVE"), repr(Status.INACTIVE), f"{Status.ACTIVE}", [str(s) for s in Status])
try:
    Status("x")
except ValueError as e:
    print("ValueError", e)
try:
    Status.ACTIVE.value = 3
except AttributeError as e:
    print("AttributeError", e)
try:
    class Empty(Enum):
        pass
    class Sub(Empty):
        A = 1
    print(list(Sub), issubclass(Sub, Empty))
except TypeError as e:
    print("TypeError", e)
try:
    class NoData(IntEnum):
        A = "x"
except ValueError as e:
    print("ValueError", e)

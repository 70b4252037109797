from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto

Color = Enum("Color", "RED GREEN BLUE")
print(list(Color), Color.RED.value, Color(2), Color["BLUE"], repr(Color), Color.__module__)
Shape = Enum("Shape", "SQUARE, CIRCLE,TRIANGLE")
print([m.name for m in Shape], [m.value for m in Shape])
Size = Enum("Size", ["S", "M", "L"], start=10)
print([(m.name, m.value) for m in Size])
Pairs = Enum("Pairs", [("ONE", "uno"), ("TWO", "dos")])
print(list(Pairs), Pairs("dos"))
Mapping = Enum("Mapping", {"A": [1], "B": (2, 3)})
print(list(Mapping), Mapping.B.value)
Num = IntEnum("Num", "ZERO ONE TWO", start=0)
print(list(Num), Num.TWO + 1, Num(1) == 1, str(Num.ONE), repr(Num.ZERO))
Perm = Flag("Perm", "R W X")
print(list(Perm), Perm.R | Perm.X, [m.value for m in Perm])
IPerm = IntFlag("IPerm", "R W X")
print(IPerm.R | IPerm.W | IPerm.X, int(IPerm.X), repr(IPerm(3)))
Letters = StrEnum("Letters", "ALPHA BETA")
print(list(Letters), Letters.ALPHA == "alpha")
Q = Enum("Q", "A B", qualname="Outer.Q", module="mymod")
print(Q.__qualname__, Q.__module__, repr(Q.A))
Typed = Enum("Typed", "X Y", type=int)
print(repr(Typed.X), Typed.X + 10, isinstance(Typed.Y, int), str(Typed.X))


class Base(Enum):
    def label(self):
        return self.name.title()


Derived = Base("Derived", "FIRST SECOND")
print(Derived.SECOND.label(), isinstance(Derived.FIRST, Base))


class AutoNames(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return f"{name.lower()}-{count}"

    ONE = auto()
    TWO = auto()


print([m.value for m in AutoNames])
Mixed = Enum("Mixed", "a b c", start=5)
print(Mixed.c.value, len(Mixed), Mixed.__members__.keys())
print([m for m in reversed(Color)], Color.RED in Color, Color.GREEN is Color(2))

from enum import *
class Color(Enum):
    RED = 1
    GREEN = 2
    ALIAS = 1
print(repr(Color.RED), str(Color.RED), format(Color.RED), f"{Color.RED:>12}|", Color.__members__)
try: del Color.RED
except Exception as e: print(type(e).__name__, e)
try: Color.RED.name = "x"
except Exception as e: print(type(e).__name__, e)
try: Color.RED.value = "x"
except Exception as e: print(type(e).__name__, e)
try:
    class X(Color): pass
except Exception as e: print(type(e).__name__, e)
try: Color.RED < Color.GREEN
except Exception as e: print(type(e).__name__, e)
class S(str, Enum):
    A = "a"
print(repr(S.A), str(S.A), format(S.A), f"{S.A}", S.A == "a")
class I(int, Enum):
    A = 1
print(repr(I.A), str(I.A), format(I.A), f"{I.A}", I.A == 1, I.A + 1)
class IE(IntEnum):
    A = 1
print(repr(IE.A), str(IE.A), format(IE.A), f"{IE.A:>4}", IE.A == 1, IE.A + 1, IE(1))
class SE(StrEnum):
    A = auto()
    B = "bee"
print(repr(SE.A), str(SE.A), format(SE.A), SE.B, SE.A.upper())
class P(Flag):
    R = 4
    W = 2
    X = 1
print(repr(P.R|P.W), str(P.R|P.W), repr(P(0)), str(P(0)), repr(~P.R), list(P.R|P.W), len(P.R|P.X), bool(P(0)), P.R in (P.R|P.W))
try: P(8)
except Exception as e: print(type(e).__name__, e)
class IF(IntFlag):
    R = 4
    W = 2
print(repr(IF.R|IF.W), str(IF.R|IF.W), repr(IF(8)), repr(IF(12)), str(IF(12)), IF.R | 1, repr(IF.R|1), repr(~IF.R))
print(repr(Color), repr(P), repr(IF), list(Color), len(Color), list(reversed(Color)))
print(Color.RED.__class__, type(Color), EnumMeta is EnumType)
try: Color(3)
except Exception as e: print(type(e).__name__, e)
try: Color["X"]
except Exception as e: print(type(e).__name__, e)
try: Color.RED = 5
except Exception as e: print(type(e).__name__, e)
try:
    class D(Enum):
        A = 1
        A = 2
except Exception as e: print(type(e).__name__, e)
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except Exception as e: print(type(e).__name__, e)
F = Enum("F", "A B C")
print(list(F), F.A.value, repr(F))
F2 = Enum("F2", [("X", 10), ("Y", 20)])
print(list(F2), F2.__module__, F2.__qualname__)
print(list(Enum("F3", "a,b, c")), list(Enum("F4", {"q": 5})), list(IntEnum("F5", "x y", start=10)))
print(hash(Color.RED) == hash("RED"), Color.RED is Color(1), Color["ALIAS"])
print(dir(Color))
print(dir(Color.RED))

from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique


def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


attempt("bad value", lambda: Color(4))
attempt("bad value str", lambda: Color("RED"))
attempt("bad name", lambda: Color["PURPLE"])
attempt("lowercase name", lambda: Color["red"])
attempt("reassign", lambda: setattr(Color, "RED", 9))
attempt("delete", lambda: delattr(Color, "GREEN"))
attempt("new attr", lambda: setattr(Color, "other", 5) or Color.other)
attempt("name set", lambda: setattr(Color.RED, "name", "x"))
attempt("value del", lambda: delattr(Color.RED, "value"))
attempt("ordering", lambda: Color.RED < Color.BLUE)
attempt("len", lambda: len(Color))
attempt("bool member", lambda: bool(Color.RED))
attempt("member attr", lambda: Color.RED.RED)
attempt("instantiate base", lambda: Enum(1))


def extend():
    class More(Color):
        PURPLE = 4


def dup_name():
    class D(Enum):
        A = 1
        A = 2


def dup_descriptor():
    class D(Enum):
        A = 1

        def A(self):
            pass


def sunder():
    class D(Enum):
        _x_ = 1


def mro_name():
    class D(Enum):
        mro = 1


def bad_mixin():
    class D(IntEnum):
        A = "a"


def strenum_bytes():
    class D(StrEnum):
        A = b"x"


def auto_after_gnv():
    class D(Enum):
        A = auto()

        def _generate_next_value_(name, start, count, last_values):
            return 1


def unique_dups():
    @unique
    class D(Enum):
        A = 1
        B = 1
        C = 2


def flag_bad():
    class P(Flag):
        A = 1
        B = 2
    return P(4)


def order_mismatch():
    class D(Enum):
        _order_ = "B A"
        A = 1
        B = 2


attempt("extend", extend)
attempt("dup name", dup_name)
attempt("dup descriptor", dup_descriptor)
attempt("sunder", sunder)
attempt("mro name", mro_name)
attempt("bad mixin", bad_mixin)
attempt("strenum bytes", strenum_bytes)
attempt("auto after gnv", auto_after_gnv)
attempt("unique", unique_dups)
attempt("flag bad", flag_bad)
attempt("order", order_mismatch)


class Missing(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        raise KeyError("custom failure")


class BadMissing(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return "not a member"


attempt("missing raises", lambda: Missing(2))
attempt("bad missing", lambda: BadMissing(2))
try:
    BadMissing(5)
except TypeError as e:
    print("context", repr(e.__context__))
attempt("functional bad", lambda: Enum("X", 5))
attempt("intflag ok", lambda: IntFlag("F", "A B")(7))
attempt("flag contains", lambda: 1 in Flag("G", "A B").A)

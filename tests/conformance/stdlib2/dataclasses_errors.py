from dataclasses import dataclass, field, fields, asdict, astuple, replace, make_dataclass, KW_ONLY, InitVar, FrozenInstanceError
from typing import ClassVar


def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", r)
    except Exception as e:
        print(label, type(e).__name__, e)


def mutable_list():
    @dataclass
    class A:
        x: list = []


def mutable_dict():
    @dataclass
    class A:
        x: dict = {}


def mutable_set():
    @dataclass
    class A:
        x: set = set()


def order_bad():
    @dataclass
    class A:
        a: int = 1
        b: str


def field_no_annotation():
    @dataclass
    class A:
        x = field(default=1)


def classvar_factory():
    @dataclass
    class A:
        x: ClassVar[list] = field(default_factory=list)


def kw_only_twice():
    @dataclass
    class A:
        _: KW_ONLY
        a: int
        __: KW_ONLY


def unsafe_hash_explicit():
    @dataclass(unsafe_hash=True)
    class A:
        a: int

        def __hash__(self):
            return 1


def frozen_setattr():
    @dataclass(frozen=True)
    class A:
        a: int

        def __setattr__(self, k, v):
            pass


attempt("mutable list", mutable_list)
attempt("mutable dict", mutable_dict)
attempt("mutable set", mutable_set)
attempt("order", order_bad)
attempt("no annotation", field_no_annotation)
attempt("classvar factory", classvar_factory)
attempt("kw_only twice", kw_only_twice)
attempt("unsafe_hash explicit", unsafe_hash_explicit)
attempt("frozen setattr", frozen_setattr)
attempt("both defaults", lambda: field(default=1, default_factory=int))
attempt("fields of int", lambda: fields(int))
attempt("asdict class", lambda: asdict(dataclass(type("Z", (), {}))))
attempt("astuple obj", lambda: astuple(object()))
attempt("replace obj", lambda: replace(object(), a=1))
attempt("make bad name", lambda: make_dataclass("M", ["a b"]))
attempt("make dup", lambda: make_dataclass("M", ["a", "a"]))
attempt("make bad item", lambda: make_dataclass("M", [("a", int, 1, 2)]))


@dataclass
class Need:
    a: int
    b: InitVar[int]
    c: int = field(init=False, default=0)

    def __post_init__(self, b):
        self.c = b


n = Need(1, 2)
attempt("replace initvar", lambda: replace(n, a=5))
attempt("replace init false", lambda: replace(n, b=1, c=2))
attempt("replace ok", lambda: replace(n, b=9))
attempt("missing arg", lambda: Need(1))
attempt("too many", lambda: Need(1, 2, 3))
attempt("unexpected kw", lambda: Need(1, 2, d=3))


@dataclass(frozen=True)
class F:
    a: int


f = F(1)
attempt("frozen set", lambda: setattr(f, "a", 2))
attempt("frozen new attr", lambda: setattr(f, "b", 2))
attempt("frozen del", lambda: delattr(f, "a"))
attempt("is attribute error", lambda: issubclass(FrozenInstanceError, AttributeError))


@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int = 2


attempt("kw positional", lambda: KW(1, 2))
attempt("kw ok", lambda: KW(1, c=5))
attempt("match args", lambda: KW.__match_args__)
attempt("init false field missing", lambda: Need(1, 2).__dict__)

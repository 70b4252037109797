from dataclasses import *
import dataclasses

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, repr(p), p == Point(1, 2), p != Point(2, 1), p.x, p.y, Point(5))
print(Point.__doc__, Point.__match_args__, Point.__hash__)
print([f.name for f in fields(p)], [f.type for f in fields(Point)], [f.default for f in fields(Point)][1])
print(asdict(p), astuple(p), replace(p, y=10), is_dataclass(p), is_dataclass(Point), is_dataclass(1))
try: Point()
except TypeError as e: print("TypeError", e)
try: Point(1, 2, 3)
except TypeError as e: print("TypeError", e)
try: Point(1, z=3)
except TypeError as e: print("TypeError", e)

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tag: str = field(default="", compare=False, repr=False)

v1, v2 = Version(1, 2), Version(1, 10, "beta")
print(v1 < v2, v1 >= v2, sorted([v2, v1]), hash(v1) == hash(Version(1, 2, "x")), v2)
try: v1.major = 5
except FrozenInstanceError as e: print("FrozenInstanceError", e, isinstance(e, AttributeError))
try: del v1.minor
except FrozenInstanceError as e: print("FrozenInstanceError", e)

@dataclass
class Inv:
    name: str
    items: list = field(default_factory=list)
    count: int = field(init=False, default=0)
    def __post_init__(self):
        self.count = len(self.items)

i = Inv("a", [1, 2])
print(i, Inv("b"), Inv("b").items is not Inv("b").items)
try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e: print("ValueError", e)
try:
    @dataclass
    class Bad2:
        x: int = 0
        y: int
except TypeError as e: print("TypeError", e)
try: field(default=1, default_factory=list)
except ValueError as e: print("ValueError", e)

@dataclass
class Base:
    a: int
    b: str = "b"

@dataclass
class Derived(Base):
    c: float = 1.5
    a: int = 100

print(Derived(), Derived(1, "x", 2.0), [f.name for f in fields(Derived)])

@dataclass(kw_only=True)
class KW:
    a: int
    b: int = 2
print(KW(a=1), KW(b=3, a=4))
try: KW(1)
except TypeError as e: print("TypeError", e)

@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int
    c: int = field(default=3, kw_only=False)
print(Mixed(1, 3, b=2))

from typing import ClassVar
@dataclass
class WithCV:
    x: int
    count: ClassVar[int] = 0
    y: InitVar[int] = 5
    def __post_init__(self, y):
        self.z = self.x + y
w = WithCV(1, 10)
print(w, w.z, [f.name for f in fields(w)], WithCV.count, WithCV(2).z)

@dataclass(unsafe_hash=True)
class H:
    a: int
    b: list = field(default=None, hash=False)
print(hash(H(1)) == hash((1,)), H(1) == H(1), {H(1), H(1)} == {H(1)})

@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), NoEq(1).__hash__ is not None)

@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
n = Node(1, [Node(2), Node(3, [Node(4)])])
print(asdict(n))
print(astuple(n))
n.children.append(n)
print(repr(Node(0, [n]))[:60])
print(asdict(Point(1, 2), dict_factory=lambda kv: sorted(kv, reverse=True)))
C = make_dataclass("C", [("x", int), "y", ("z", int, field(default=5))], namespace={"add": lambda self: self.x + self.z})
c = C(1, 2)
print(c, c.add(), C.__name__, [f.name for f in fields(C)])
try: replace(i, count=3)
except ValueError as e: print("ValueError", e)
try: fields(1)
except TypeError as e: print("TypeError", e)
try: asdict(Point)
except TypeError as e: print("TypeError", e)

@dataclass(slots=True)
class Slotted:
    a: int
    b: int = 2
s = Slotted(1)
print(s, Slotted.__slots__, Slotted.__qualname__, s == Slotted(1, 2))

@dataclass
class Empty:
    pass
print(Empty(), Empty() == Empty(), fields(Empty))
try:
    @dataclass(order=True, eq=False)
    class O: pass
except ValueError as e: print("ValueError", e)
try:
    @dataclass(order=True)
    class O2:
        def __lt__(self, o): return True
except TypeError as e: print("TypeError", e)
try:
    @dataclass(frozen=True)
    class F(Base): pass
except TypeError as e: print("TypeError", e)
@dataclass
class Custom:
    x: int
    def __repr__(self): return "custom"
print(Custom(1), Custom(1) == Custom(1))
print(MISSING is dataclasses.MISSING, type(MISSING).__name__)
@dataclass
class Defaults:
    a: int = 1
    b: tuple = (1, 2)
    c: str = "s"
print(Defaults(), Defaults.a, Defaults.__doc__)
@dataclass(frozen=True)
class FZ:
    a: int
    b: int = 2
print(hash(FZ(1)) == hash((1, 2)), FZ(1) == FZ(1), FZ.__doc__)
@dataclass
class Gen:
    xs: list[int] = field(default_factory=lambda: [1])
    ys: dict[str, int] | None = None
print(Gen(), Gen.__doc__)

from dataclasses import dataclass, field, fields, replace, InitVar, asdict, is_dataclass


@dataclass
class Animal:
    name: str
    legs: int = 4
    tags: list = field(default_factory=list, compare=False)

    def describe(self):
        return f"{self.name} with {self.legs} legs"


@dataclass
class Bird(Animal):
    legs: int = 2
    can_fly: bool = True


@dataclass
class Penguin(Bird):
    can_fly: bool = False
    colony: str = "south"


p = Penguin("pingu")
print(p, p.describe(), [f.name for f in fields(p)], [f.default for f in fields(Penguin)][3:5])
print(Bird("b") == Bird("b", tags=[1]), Bird("b") == Animal("b", 2), Animal("b", 2) == Bird("b"))
print(isinstance(p, Animal), is_dataclass(Penguin), Penguin.__mro__[1].__name__)


class Plain(Animal):
    extra = 1


print(Plain("x"), is_dataclass(Plain), Plain("x") == Plain("x"))


@dataclass
class WithPost:
    a: int
    scale: InitVar[int] = 2
    b: int = field(init=False)

    def __post_init__(self, scale):
        self.b = self.a * scale


@dataclass
class ChildPost(WithPost):
    c: int = 0

    def __post_init__(self, scale):
        super().__post_init__(scale)
        self.c = self.b + 1


w = ChildPost(5, 3)
print(w, w.b, w.c, replace(w, a=1), replace(w, a=2, scale=10))
print(asdict(w), [f.name for f in fields(w)])


@dataclass(frozen=True)
class FrozenBase:
    x: int


@dataclass(frozen=True)
class FrozenChild(FrozenBase):
    y: int = 0


fc = FrozenChild(1, 2)
print(fc, hash(fc) == hash((1, 2)), {fc: "v"}[FrozenChild(1, 2)])
try:
    fc.y = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Thaw(FrozenBase):
        z: int = 0
except TypeError as e:
    print("TypeError", e)


@dataclass
class Explicit:
    a: int

    def __eq__(self, other):
        return True

    def __hash__(self):
        return 7


print(Explicit(1) == Explicit(2), hash(Explicit(1)))


@dataclass(eq=True)
class Unhashable:
    a: int


print(Unhashable.__hash__)
try:
    hash(Unhashable(1))
except TypeError as e:
    print("TypeError", e)


@dataclass(order=True)
class Card:
    rank: int
    suit: str = field(compare=False)


cards = [Card(3, "h"), Card(1, "s"), Card(2, "d")]
print(sorted(cards), max(cards), Card(1, "a") == Card(1, "b"), Card(1, "a") < Card(2, "a"))
try:
    Card(1, "a") < 3
except TypeError as e:
    print("TypeError", e)


@dataclass
class Recursive:
    name: str
    child: "Recursive" = None


r = Recursive("a", Recursive("b"))
print(r, asdict(r))


@dataclass
class Defaults:
    items: dict = field(default_factory=dict)
    when: tuple = ()
    label: str = field(default="L", repr=False)


d1, d2 = Defaults(), Defaults()
d1.items["k"] = 1
print(d1, d2, d1.label, Defaults.label, Defaults.when)
print(hasattr(Defaults, "items"))

import typing
from typing import *
T = TypeVar("T"); KT = TypeVar("KT", bound=int); V = TypeVar("V", str, bytes); Tc = TypeVar("Tc", covariant=True)
print(T, KT, V, Tc, repr(T), T.__name__, KT.__bound__, V.__constraints__, T.__module__)
print(Optional[int], Union[int, str], Union[int, None, str], Union[int], Union[int, int], Optional[Union[int, str]])
print(List[int], Dict[str, List[int]], Tuple[int, ...], Tuple[()], Tuple, List, Callable[[int, str], bool], Callable[..., int], Callable, Type[int])
print(Literal[1, "a", None], ClassVar[int], Final[int], Any, NoReturn, Iterable[int], Mapping[str, int], Sequence, Generator[int, None, None])
print(Set[int], FrozenSet[str], Iterator[T], List[T][int], Dict[T, V][str, bytes], Optional[T][int])
print(Union[int, str] == Union[str, int], Optional[int] == Union[int, None], List[int] == List[int], hash(List[int]) == hash(List[int]))
print(List[int].__origin__, List[int].__args__, Union[int, str].__args__, Callable[[int], str].__args__, get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Callable[[int], str]))
print(isinstance([], List), issubclass(list, List), isinstance({}, Dict), isinstance(3, Union[int, str]))
try: isinstance([], List[int])
except TypeError as e: print("TypeError", e)
class Box(Generic[T]):
    def __init__(self, v): self.v = v
print(Box[int], Box.__parameters__, Box[int](3).v, Box[int](3).__orig_class__, Box.__orig_bases__, Box.__mro__)
try: Box[int, str]
except TypeError as e: print("TypeError", e)
class Pair(Generic[KT, V]): pass
print(Pair[int, str], Pair.__parameters__)
class IntBox(Box[int]): pass
print(IntBox.__parameters__, IntBox.__orig_bases__, IntBox.__mro__)
try: IntBox[int]
except TypeError as e: print("TypeError", e)
class NT(NamedTuple):
    x: int
    y: str = "d"
    def show(self): return f"{self.x}-{self.y}"
print(NT(1), NT(1, "z").show(), NT._fields, NT._field_defaults, NT.__annotations__, NT(2)._asdict(), NT(1)._replace(x=5), NT._make([3, "q"]), isinstance(NT(1), tuple), NT.__mro__)
NT2 = NamedTuple("NT2", [("a", int), ("b", float)])
print(NT2(1, 2.0), NT2.__annotations__)
try:
    class NT3(NamedTuple):
        x: int = 1
        y: int
except TypeError as e: print("TypeError", e)
class Movie(TypedDict):
    name: str
    year: int
class MovieT(TypedDict, total=False):
    rating: float
m = Movie(name="x", year=1)
print(m, type(m), sorted(Movie.__required_keys__), Movie.__optional_keys__, MovieT.__total__, MovieT.__optional_keys__, Movie.__annotations__)
try: isinstance(m, Movie)
except TypeError as e: print("TypeError", e)
M2 = TypedDict("M2", {"a": int})
print(M2(a=1), M2.__required_keys__)
@runtime_checkable
class Closable(Protocol):
    def close(self): ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(1, Closable), isinstance(1, SupportsInt), isinstance("x", SupportsInt), isinstance(1.5, SupportsFloat))
class P(Protocol):
    def m(self): ...
try: isinstance(1, P)
except TypeError as e: print("TypeError", e)
print(cast(int, "x"), TYPE_CHECKING, AnyStr, Text)
@overload
def f(x: int) -> int: ...
def f(x): return x
print(f(1))
UserId = NewType("UserId", int)
print(UserId(5), UserId, UserId.__supertype__)
print(repr(ForwardRef("X")), List["int"], Optional["X"])
print(Annotated[int, "meta"], get_args(Annotated[int, "m"]))
class A:
    x: int
    y: "str"
class B(A):
    z: List[int]
print(get_type_hints(B), get_type_hints(A))
print(Hashable, Sized, SupportsInt, Protocol, Generic)
print(typing.Union, typing.Optional, Literal, Final)
try: Union[()]
except TypeError as e: print("TypeError", e)
try: Generic[int]
except TypeError as e: print("TypeError", e)
try: List()
except TypeError as e: print("TypeError", e)
print(int | List[int], List[int] | None)
print(no_type_check(lambda: 1).__no_type_check__)

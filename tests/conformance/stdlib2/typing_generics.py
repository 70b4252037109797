from typing import *
import typing
print(Deque[int], DefaultDict[str, int], Counter[str], Pattern, ContextManager[int], AsyncIterator[int], Awaitable[int], Coroutine[int, int, int])
print(Callable[[], None], Callable[[List[int]], Dict[str, Any]], Tuple[int, str], Type[Any], Union[List[int], None])
print(get_args(Optional[int]), get_args(int), get_origin(int), get_origin(Generic), get_args(Tuple[int, ...]), get_args(Literal[1, 2]))
print(isinstance([1], Iterable), isinstance(5, Iterable), isinstance((x for x in []), Iterator), isinstance({}, Mapping), isinstance(len, Callable), isinstance([], Sequence), isinstance(5, Hashable), isinstance([], Hashable))
print(issubclass(list, Sized), issubclass(int, Sized), issubclass(dict, MutableMapping))
def g(x: int) -> str: return str(x)
print(get_type_hints(g))
T = TypeVar("T")
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]()
s.push(1); s.push(2)
print(s.pop(), s.items, type(s).__name__, Stack[str].__args__, Stack[str].__origin__)
class LinkedList(Generic[T], list): pass
print(LinkedList.__mro__[1:])
try:
    class Bad(int, Generic[T], str): pass
except TypeError as e: print("TypeError", e)
U = TypeVar("U")
try:
    class Bad2(Generic[T], List[U]): pass
except TypeError as e: print("TypeError", e)
class Both(Dict[str, T]): pass
print(Both.__parameters__, Both[int], Both.__mro__)
print(Literal["a"] == Literal["a"], Literal[1, 2] == Literal[2, 1], Literal[True] == Literal[1])
class Pt(NamedTuple):
    x: float = 0.0
    y: float = 0.0
print(Pt(), Pt(1.5), Pt(y=2), Pt.__doc__, Pt.x.__doc__ if hasattr(Pt.x, "__doc__") else "", len(Pt(1, 2)), Pt(1, 2) == (1, 2))
p = Pt(3, 4)
x, y = p
print(x, y, p[0], p._fields, hash(p) == hash((3, 4)))
try: Pt(1, 2, 3)
except TypeError as e: print("TypeError", e)
try:
    p.x = 5
except AttributeError as e: print("AttributeError", e)
Emp = NamedTuple("Emp", name=str, id=int)
print(Emp("a", 1), Emp._fields)
class TD(TypedDict):
    a: int
    b: NotRequired[str]
print(sorted(TD.__required_keys__), sorted(TD.__optional_keys__), is_typeddict(TD), is_typeddict(dict))
class Sub(TD, total=False):
    c: int
print(sorted(Sub.__required_keys__), sorted(Sub.__optional_keys__), Sub.__annotations__)
print(typing.get_type_hints(Sub))
try: assert_never(1)
except AssertionError as e: print("AssertionError", e)
@final
class Fin: pass
print(Fin.__final__, assert_type(3, int))
print(List[int].__name__ if hasattr(List[int], "__name__") else "-", List.__name__ if hasattr(List, "__name__") else "-")
print(repr(Optional[List["Node"]]))
print(Union[int, "str"], Union[int, str, int, float])
print(ParamSpec("P"), ParamSpec("P").args, Concatenate[int, ParamSpec("P2")])
print(Self, Never, LiteralString, TypeAlias, Required[int], TypeGuard[int])

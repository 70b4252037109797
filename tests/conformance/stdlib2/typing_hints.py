from typing import get_type_hints, get_origin, get_args, List, Dict, Optional, Union, Callable, Tuple, Annotated, ClassVar, Final, Literal, Any, ForwardRef
import typing


class Node:
    value: int
    next: "Optional[Node]"
    children: List["Node"]
    meta: ClassVar[Dict[str, int]] = {}


print(get_type_hints(Node))


def fn(a: int, b: "List[str]", c: Optional[float] = None, *args: int, d: "Node", **kw: Any) -> "Tuple[int, ...]":
    pass


print(get_type_hints(fn))
print(fn.__annotations__["b"], fn.__annotations__["return"])


def no_hints(x, y=1):
    pass


print(get_type_hints(no_hints), no_hints.__annotations__)


class WithExtras:
    a: Annotated[int, "positive"]
    b: Final[str] = "x"


print(get_type_hints(WithExtras), get_type_hints(WithExtras, include_extras=True))
for tp in [int, List[int], Dict[str, List[int]], Optional[int], Union[int, str], Callable[[int], str],
           Callable[..., None], Tuple[int, ...], Tuple[()], Annotated[int, 1, 2], Literal["a", 1],
           ClassVar[int], list[int], dict[str, float], int | None, typing.Generic, Any]:
    print(repr(tp), "|", get_origin(tp), "|", get_args(tp))
ref = ForwardRef("int")
print(ref, ref == ForwardRef("int"), ref != ForwardRef("str"), hash(ref) == hash(ForwardRef("int")))
print(List["Node"], Dict["str", "int"])
try:
    ForwardRef(1)
except TypeError as e:
    print("TypeError", e)
try:
    ForwardRef("1 +")
except SyntaxError as e:
    print("SyntaxError", e)


@typing.no_type_check
class Ignored:
    x: "undefined stuff"

    def m(self) -> "nope":
        pass


print(get_type_hints(Ignored), Ignored.m.__no_type_check__)


def bad_ref(x: "DoesNotExist"):
    pass


try:
    get_type_hints(bad_ref)
except NameError as e:
    print("NameError", e)
print(typing.get_overloads(fn), typing.TYPE_CHECKING)


@typing.overload
def over(x: int) -> int: ...
@typing.overload
def over(x: str) -> str: ...
def over(x):
    return x


print(over(3), len(typing.get_overloads(over)))
try:
    typing.overload(lambda: 0)()
except NotImplementedError as e:
    print("NotImplementedError", str(e)[:40])

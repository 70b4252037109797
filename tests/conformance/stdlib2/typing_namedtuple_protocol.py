from typing import NamedTuple, Protocol, runtime_checkable, Iterable, SupportsIndex, SupportsAbs, SupportsRound, Sized, Hashable
import typing


class Employee(NamedTuple):
    """An employee record."""
    name: str
    id: int = 3

    def badge(self):
        return f"{self.name}#{self.id}"

    @property
    def upper(self):
        return self.name.upper()


e = Employee("guido")
print(e, e.badge(), e.upper, Employee.__doc__, Employee._fields, Employee._field_defaults)
print(Employee.__annotations__, Employee.__module__, Employee.__name__, Employee.__bases__)
print(e == ("guido", 3), e[0], e[-1], e[:1], len(e), list(e), tuple(e), hash(e) == hash(("guido", 3)))
print(e._replace(id=9), e._asdict(), Employee._make(["x", 1]), Employee(id=5, name="n"))
print(Employee.name.__doc__, Employee.id.__doc__, Employee.__new__.__doc__)
try:
    Employee()
except TypeError as err:
    print("TypeError", err)
try:
    Employee("a", 1, 2)
except TypeError as err:
    print("TypeError", err)
try:
    e.name = "x"
except AttributeError as err:
    print("AttributeError", err)
try:
    e._replace(bad=1)
except ValueError as err:
    print("ValueError", err)
try:
    Employee._make([1])
except TypeError as err:
    print("TypeError", err)
try:
    class Bad(NamedTuple):
        _private: int
except ValueError as err:
    print("ValueError", err)
try:
    class Bad2(NamedTuple):
        a: int
        def _make(self):
            pass
except AttributeError as err:
    print("AttributeError", err)
Point3 = NamedTuple("Point3", [("x", float), ("y", float), ("z", float)])
p = Point3(1, 2, 3)
print(p, Point3.__annotations__, p.z, Point3._fields, sum(p))
x, y, z = p
print(x + y + z, isinstance(p, tuple), type(p).__name__)
Empty = NamedTuple("Empty", [])
print(Empty(), Empty._fields, len(Empty()))


@runtime_checkable
class Drawable(Protocol):
    def draw(self) -> str:
        ...


@runtime_checkable
class Named(Protocol):
    name: str


class Circle:
    def draw(self):
        return "circle"


class Square:
    name = "sq"

    def draw(self):
        return "square"


class NotDrawable:
    draw = None


print(isinstance(Circle(), Drawable), isinstance(Square(), Drawable), isinstance(1, Drawable))
print(isinstance(NotDrawable(), Drawable), isinstance(Square(), Named), isinstance(Circle(), Named))
print(issubclass(Circle, Drawable), issubclass(int, Drawable))
try:
    issubclass(Square, Named)
except TypeError as err:
    print("TypeError", err)


class Greeter(Protocol):
    def greet(self) -> str:
        ...


try:
    isinstance(Circle(), Greeter)
except TypeError as err:
    print("TypeError", err)
try:
    Greeter()
except TypeError as err:
    print("TypeError", err)


class English(Greeter):
    def greet(self):
        return "hello"


print(English().greet(), isinstance(English(), Greeter) if False else "explicit subclass")
try:
    @runtime_checkable
    class NotProto:
        pass
except TypeError as err:
    print("TypeError", err)
print(isinstance(3, SupportsIndex), isinstance(3.5, SupportsIndex), isinstance(-2, SupportsAbs), isinstance(2.5, SupportsRound))
print(isinstance([], Sized), isinstance(3, Sized), isinstance("", Hashable), isinstance([], Iterable))
print(Drawable.__name__, Drawable._is_protocol, Drawable.__parameters__, typing.Protocol)

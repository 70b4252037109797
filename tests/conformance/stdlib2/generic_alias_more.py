import typing

alias = dict[str, list[int]]
print(alias, alias.__origin__, alias.__args__, alias.__parameters__, repr(alias))
print(list[int] == list[int], list[int] == list[str], list[int] != list, hash(tuple[int]) == hash(tuple[int]))
print(tuple[int, ...], tuple[()], type[str], frozenset[int], set[bytes], list[list[list[int]]])
print(list[int]("ab"), dict[str, int](a=1), tuple[int](range(3)), type(list[int]("x")).__name__)
print(list[int].append, list[int].__name__, list[int].__qualname__)
T = typing.TypeVar("T")
K = typing.TypeVar("K")
print(list[T], list[T].__parameters__, list[T][int], dict[K, T][str, float], dict[str, T][bytes])
try:
    list[int][str]
except TypeError as e:
    print("TypeError", e)
try:
    dict[K, T][int]
except TypeError as e:
    print("TypeError", e)


class MyList(list[int]):
    pass


print(MyList.__bases__, MyList.__orig_bases__, MyList([1, 2]))
print(MyList[str], type(MyList[str]).__name__)
u = int | str
print(u, u.__args__, type(u).__name__, int | None, None | int, int | str | float | None)
print(int | str == str | int, (int | str) == (int | float), hash(int | str) == hash(str | int))
print(isinstance(1, int | str), isinstance(1.5, int | str), isinstance(None, int | None), issubclass(bool, str | int))
print(list[int] | None, int | list[str], (int | str) | bytes, int | (str | bytes))
try:
    isinstance(1, list[int])
except TypeError as e:
    print("TypeError", e)
try:
    isinstance(1, int | list[int])
except TypeError as e:
    print("TypeError", e)
try:
    int | 3
except TypeError as e:
    print("TypeError", e)
try:
    int | "str"
except TypeError as e:
    print("TypeError", e)
print(int | typing.List[int], typing.Optional[int] | str)
print(type(int | str).__module__, type(list[int]).__module__, type(list[int]).__qualname__)

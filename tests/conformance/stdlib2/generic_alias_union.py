print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], type[int])
print(int | None, int | str | None, list[int] | None, (int | str) == (str | int))
print(type(list[int]), type(int | str), list[int].__origin__, list[int].__args__)
print(isinstance(3, int | str), isinstance(3.0, int | str), issubclass(bool, int | str))
print(list[int]([1,2]), list[int] == list[int], hash(list[int]) == hash(list[int]))
class A(list[int]): pass
print(A.__orig_bases__, A.__mro__)
try: isinstance([], list[int])
except TypeError as e: print(e)
print(int | int)
print(type(list[int]).__name__, type(list[int]).__module__)
class C:
    x: list[int] = []
    y: int | None = None
print(C.__annotations__)

def annotated(a: int, b: str = "x", *args: float, c: bool = True, **kw: dict) -> list:
    """Return the arguments in a list."""
    return [a, b, args, c, kw]
print(annotated(1), annotated(2, "y", 1.5, c=False, z=1))
print(annotated.__doc__)
print(sorted(annotated.__annotations__.items(), key=lambda kv: kv[0]) if False else "skip annotations")
x: int = 5
y: list
print(x)
def f(n: "a string annotation") -> "ret":
    return n
print(f(3))
class C:
    """Class docstring."""
    attr: int = 3
    def m(self) -> None:
        """Method doc."""
print(C.__doc__, C.m.__doc__, C.attr)

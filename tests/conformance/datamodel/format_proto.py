class F:
    def __format__(self, spec):
        return "F<" + spec + ">"
print(format(F(), "abc"), f"{F():xyz}", "{:q}".format(F()), f"{F()}")
print("{0:>{1}}".format(F(), 5))
class NoFmt:
    def __str__(self): return "nofmt"
print(format(NoFmt()), f"{NoFmt()}", "{}".format(NoFmt()))
try:
    format(NoFmt(), "x")
except TypeError as e:
    print(type(e).__name__, e)
class BadFmt:
    def __format__(self, spec): return 5
try:
    format(BadFmt())
except TypeError as e:
    print(type(e).__name__, e)
print(format(3.14159, ".2f"), format(42, "08b"), format("s", "^5"), format(1234567, ","))
print(format(12, "x"), format(12.5, "e"), format(True, "d"), format(None, ""))
try:
    format(1, "s")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format("a", "d")
except ValueError as e:
    print(type(e).__name__, e)
class I(int):
    def __format__(self, spec):
        return "I" + super().__format__(spec)
print(format(I(5), "03"), f"{I(7):x}")
print(f"{F()!r:>3}" if False else "skip")
print(f"{'x'!r:>5}", f"{3!s:>3}")
print(object.__format__(NoFmt(), ""))
try:
    object.__format__(NoFmt(), "s")
except TypeError as e:
    print(type(e).__name__, e)
print(format(complex(1, 2), ""), format(1+2j, ".1f"))

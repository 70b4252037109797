print(int("101", base=2), int("ff", 16), int("0x1f", 0), int("0o17", 0), int("0b11", 0), int(" 12 "), int("1_000"))
print(int(), int(3.99), int(-3.99), int(True), int("-0"), int("z", 36))
for args in [("x",), ("x", 2), ("12", 1), ("12", 37), ("", 10), ("1__0",), ("0x", 16), ("08", 0), ("3.5",)]:
    try:
        int(*args)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int("x", base=2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(5, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(x=5)
except TypeError as e:
    print(type(e).__name__, e)
print(int(b"42"), int(bytearray(b"7")), int("٣"))
class I:
    def __int__(self): return 8
class Ix:
    def __index__(self): return 9
print(int(I()), int(Ix()))
class BadInt:
    def __int__(self): return "no"
try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)
print(int("10", base=Ix()) if False else int("10", 9))
print((255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (5).bit_length(), (-5).bit_count() if hasattr(int, "bit_count") else 2)
print(int.from_bytes(b"\xff", "big", signed=True), (-1).to_bytes(2, "big", signed=True))
print((10).as_integer_ratio(), (7).conjugate(), (3).real, (3).imag, (3).numerator, (3).denominator)
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print(type(e).__name__, e)
print(int("  -42\n"), int("+7"))

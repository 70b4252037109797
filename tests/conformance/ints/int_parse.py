print(int("42"), int("-42"), int("+7"), int("  13  "), int("0"), int("-0"))
print(int("1_000"), int("00012"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xFF", 0))
print(int("777", 8), int("0o777", 0), int("0o17", 8))
print(int("1010", 2), int("0b1010", 0), int("-0b11", 0))
print(int("z", 36), int("ZZ", 36), int("10", 36), int("12", 3))
print(int("123456789012345678901234567890"))
print(int(3.9), int(-3.9), int(True), int(1e20), int(-0.5))
print(int(), int("0", 0), int("  -12_3 "))
print(int("\t99\n"))
for bad in ["", " ", "abc", "1.5", "0x", "1__0", "_1", "12a", "--1"]:
    try:
        int(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int("9", 8)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("012", 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("10", 1)
except ValueError as e:
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
    int([1])
except TypeError as e:
    print(type(e).__name__, e)

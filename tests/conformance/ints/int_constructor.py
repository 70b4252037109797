class HasIndex:
    def __index__(self):
        return 7
class HasInt:
    def __int__(self):
        return 42
class HasTrunc:
    def __trunc__(self):
        return 3
print(int(HasInt()))
print(bin(HasIndex()), hex(HasIndex()), [0, 1, 2, 3, 4, 5, 6, 7, 8][HasIndex()])
print(int("  0x1F  ", 16), int("0B101", 0), int("0O7", 0))
print(int(b"12") if False else "skip bytes")
print(int(2.99999), int(-2.99999), int(1e15), int(123456789.987))
print(int(float(2 ** 60)), int(1.5e300) > 10 ** 299)
print(isinstance(int("5"), int), int(int(int("3"))))
print(int("١٢٣") if False else "skip unicode digits")
print(int(True) + int(False))
print(int("-  5".replace(" ", "")))

a = complex(1, 2)
b = 3 - 4j
print(a, b, a + b, a - b, a * b, a / b, -a, +a, a == complex(1, 2), a != b)
print(a.real, a.imag, a.conjugate(), abs(b), a ** 2, a ** 0, 2 ** a if False else "", (1j) ** 2)
print(repr(1j), repr(-1j), repr(complex(0, 0)), repr(complex(-0.0, -0.0)), repr(complex(1e20, 1e-5)), complex(2.0, 0))
print(complex("1+2j"), complex("3"), complex("-2.5j"), complex(" (1-1j) "), complex(), complex(real=1, imag=2))
print(complex(1+1j, 1j), complex(float("inf"), float("nan")), complex(1, float("-inf")))
for bad in ["1+", "abc", "1+2k", ""]:
    try:
        complex(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    complex("1", 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    a / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    a < b
except TypeError as e:
    print(type(e).__name__, e)
try:
    a // 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(a)
except TypeError as e:
    print(type(e).__name__, e)
print(1 + 2j == 1 + 2j, 1 + 0j == 1, hash(1 + 0j) == hash(1), complex(1, 0) == 1.0)
print(3 * a, a * 3.5, a + 1, 1 - a, 2 / a, a ** 0.5, pow(a, 2))
print(format(a, ""), format(a, ".2f"), format(b, "+.1e"), f"{a:>12}", str(1e300j * 1e10))
class C:
    def __complex__(self): return 5j
print(complex(C()))
print(bool(0j), bool(1j), complex(True), (1 + 2j).__class__.__name__)
print(complex(1.5).real, (2j).imag, 1j * 1j, 0j ** 0, (-1) ** 0.5)

print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(2.675, 2), round(1234, -2), round(1250, -2), round(1350, -2))
print(round(5), round(5, 1), round(5.0, 0), type(round(5.5)).__name__, type(round(5.5, 0)).__name__, round(-0.0, 1))
print(round(123.456, -1), round(123.456, 1), round(1e300, 2), round(0.125, 2), round(0.375, 2))
print(round(float("inf"), 2), round(12345678901234567890, -5))
try:
    round(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    round("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(1.5, 1.5)
except TypeError as e:
    print(type(e).__name__, e)
class R:
    def __round__(self, n=None): return ("round", n)
print(round(R()), round(R(), 3), round(R(), None))
print(round(2.5, None), round(number=2.567, ndigits=2))
print(pow(2, 10), pow(2, -1), pow(2, 10, 1000), pow(3, -1, 7), pow(-2, 3, 5), pow(2, 0, 1), pow(5, -2, 13))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(pow(base=2, exp=3), pow(2, 3, mod=5), pow(-8, 1/3) if False else "", pow(0, 0), pow(0.0, 0))
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(pow(-1, 0.5))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 2.5), divmod(-0.0, 1.0))
print(divmod(1e308, 1e-308) if False else "", divmod(2**100, 7), divmod(5.0, float("inf")), divmod(-5.0, float("inf")))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod(1.0, 0.0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod("a", 1)
except TypeError as e:
    print(type(e).__name__, e)
print(abs(-5), abs(-5.5), abs(3 + 4j), abs(True), abs(-2**70))
print(7 // 2.0, -7 // 2.0, 7 % -3.0, -7 % 3.0, 1e10 % 3, -0.0 % 1)

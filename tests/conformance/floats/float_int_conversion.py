for v in [0.0, 0.9, -0.9, 1.5, -1.5, 1e10, 123456789.999, -2.5e15, 9.99e18, 2.0 ** 63, 1e25, 1.7976931348623157e308]:
    print(v, int(v))
print(float(1), float(-5), float(10 ** 20), float(2 ** 63), float(2 ** 1000) > 1e300)
print(int(0.1 * 3 * 10), int(2.9999999999999996), int(2.99999999999999999))
print(float(9007199254740993), float(9007199254740995))
print(float(123456789012345678901234567890))
print(int("12") + float("0.5"))
print(2 ** 0.5 == math_sqrt if False else "skip")
print(float("1" * 30), float("0." + "0" * 30 + "1"))

print(1 + 2.0, 2 * 3.5, 7 / 2, 8 / 4, 2 ** 0.5 * 2 ** 0.5)
print(10 // 4.0, 10 % 4.0, -10 // 4.0, type(10 // 4.0).__name__)
print(True + 1.5, 3 - True)
print(7 / 7, 0 / 5, -0 / 5, 0 * -1.0)
print(2 ** 1000 / 2 ** 999, 10 ** 20 / 10 ** 10)
print(1 / 3 * 3, 0.1 * 3, 0.1 + 0.2)
try:
    2 ** 10000 / 1.0
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float(2 ** 1024)
except OverflowError as e:
    print(type(e).__name__, e)
print(2 ** 1023 / 2 ** 1022, (2 ** 2000) / (2 ** 1999))
print(10 ** 300 * 1.0, 1 / 10 ** 300)
print(int(2 ** 0.5 * 10 ** 6))
print(abs(-3.5), abs(-0.0), abs(-7))
print(max(1, 2.5), min(1, 0.5), max(2, 2.0), max(2.0, 2))

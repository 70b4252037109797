print(2 ** 10, 2 ** 0, 0 ** 5, 1 ** 1000, (-1) ** 1001, (-3) ** 3)
print(2 ** -2, 10 ** -1, (-2) ** -3)
print(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(2, 100, 1000000007))
print(pow(7, 0, 13), pow(0, 0, 7), pow(5, 3, 1))
print(pow(-2, 3, 5), pow(2, 3, -5), pow(-7, 5, 11))
print(pow(3, -1, 7), pow(10, -1, 17), pow(2, -3, 11))
print(pow(123456789, 987654321, 10 ** 9 + 9))
print(2 ** 0.5, 4 ** 0.5, 8 ** (1 / 3))
print(pow(2.0, 3), pow(2, 3.0), 2.0 ** -1)
print(10 ** 30, 10 ** 31 // 10 ** 30)
print(type(2 ** 2).__name__, type(2 ** -2).__name__)
try:
    pow(2, 3.0, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(3, -1, 6)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print((-8) ** (1 / 3) if False else "skip complex")

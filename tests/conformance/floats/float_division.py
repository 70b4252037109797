print(1 / 2, 1 / 3, 2 / 3, 1 / 7, 1 / 9, 1 / 11, 1 / 10, 1 / 100, 1 / 1000)
print(10 / 4, 9 / 3, -9 / 4, 0 / 1, -0 / -1)
print(2 ** 60 / 3, 10 ** 20 / 7, 12345678901234567890 / 10)
print(1 / 2 ** 60, 7 / 2 ** 100)
print((10 ** 30 + 1) / 10 ** 30, (2 ** 100 + 1) / 2 ** 100)
print(123456789 / 1000, 5 / 0.1, 0.3 / 0.1, 0.7 / 0.1)
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(1.5 / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(0.0 / 0.0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(10 ** 400 / 10 ** 100)
except OverflowError as e:
    print(type(e).__name__, e)
print(10 ** 400 // 10 ** 399)

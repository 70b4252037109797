for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 2.675, 1.005, 0.125, 0.375, 1e20, -1e-20, 7.0]:
    print(v, round(v), round(v, 1), round(v, 2), type(round(v)).__name__)
print(round(123.456, -1), round(123.456, -2), round(155.0, -1), round(-155.0, -1))
print(round(3.14159, 3), round(3.14159, 0), round(3.14159, 10))
print(round(1234567.891, -3), round(0.1 + 0.2, 15), round(0.1 + 0.2, 16))
print(round(2.5, None), round(-0.4), round(-0.6))
print(round(1e300, 2), round(5e-324, 300))
try:
    round(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
print(round(float("inf"), 2), round(float("nan"), 2))

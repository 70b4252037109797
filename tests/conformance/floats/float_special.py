import math
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan)
print(math.isinf(inf), math.isinf(-inf), math.isnan(nan), math.isinf(nan), math.isnan(1.0))
print(inf > 10 ** 1000, -inf < -10 ** 1000)
print(max(1.0, inf), min(1.0, -inf))
print(inf - 1e308, inf / 2, inf * inf, -inf * -inf)
print(math.isnan(inf - inf), math.isnan(inf * 0), math.isnan(0 * nan))
print([nan] == [nan], nan in [nan], (nan,) == (nan,))
x = float("nan")
l = [x]
print(l.count(x), l.index(x), x in l)
print(sorted([3.0, 1.0, 2.0, inf, -inf]))
print(-0.0, 0.0 * -1, -0.0 == 0.0, str(-0.0), repr(-0.0))
print(math.copysign(1.0, -0.0), math.copysign(1.0, 0.0))
print(1 / inf, -1 / inf, math.copysign(1, -1 / inf))
print(float("-0"), float("-0.0"), -float("0"))
print(abs(-inf), abs(nan) != abs(nan), abs(-0.0))
print(int(1e300) == 10 ** 300, int(1e300) % 10 ** 10)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    5.0 % 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(type(e).__name__)

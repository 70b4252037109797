# Float ** at specialized sites: special values (zero, negative bases, inf, nan, overflow,
# underflow, complex results) must behave as the generic path does.
import math
vals = [2.0, 0.5, -2.0, 0.0, -0.0, 1.0, 3, -3, 0, 1e308, 1e-308, float('inf'), float('-inf'), float('nan'), 10]
exps = [0.5, 2, -1, 0, 0.0, -0.5, 1e10, -1e10, 3.0, float('inf'), float('nan'), 1.5, 400.0]
for _ in range(3):
    for x in vals:
        for y in exps:
            try:
                r = x ** y
                print(repr(x), repr(y), repr(r), type(r).__name__)
            except Exception as e:
                print(repr(x), repr(y), type(e).__name__, e)
    acc = 1.0
    for i in range(1, 200):
        acc += (i * 0.37) ** 1.3
        acc -= i ** 0.5
        z = 1.0001
        z **= 2.5
        acc += z
    print(acc)

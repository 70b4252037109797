# Special values: every combination of infinities, NaN, signed zeros and finite parts.
import cmath

inf, nan = float("inf"), float("nan")
parts = [inf, -inf, nan, 0.0, -0.0, 2.0, -2.0]
fns = ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "asin", "acos", "atan", "sinh",
       "cosh", "tanh", "asinh", "acosh", "atanh", "phase", "polar", "isfinite", "isinf", "isnan"]
for f in fns:
    for a in parts:
        for b in parts:
            try:
                r = getattr(cmath, f)(complex(a, b))
            except Exception as e:
                r = type(e).__name__ + ": " + str(e)
            print(f, complex(a, b), r)
for a in parts:
    for b in parts:
        try:
            r = cmath.rect(a, b)
        except Exception as e:
            r = type(e).__name__ + ": " + str(e)
        print("rect", a, b, r)

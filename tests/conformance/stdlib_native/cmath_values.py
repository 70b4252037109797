# cmath functions on ordinary (finite) arguments: values equal CPython's bit for bit.
import cmath

vals = [0, 1, -1, 2, -2, 0.5, -0.5, 1j, -1j, 2j, 1+1j, -1-1j, 3-4j, -3+4j, 0.1+0.2j,
        1e-300+1e-300j, 1e-310j, 1e300+1e300j, -1e308, 1e308j, complex(0.0, -0.0),
        complex(-0.0, 0.0), complex(-0.0, -0.0), 0.7+0.7j, 1+1e-20j, 1-1e-20j, -1+0j, 50+3j,
        -710+1j, 1.5, 10, 100+100j, 1e-8, 0.999999, 1e200j, -1e200+5j, 1+0j, -1-0j, 1e154+1e154j]
fns = ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "asin", "acos", "atan", "sinh",
       "cosh", "tanh", "asinh", "acosh", "atanh", "phase", "polar", "isfinite", "isinf", "isnan"]
for f in fns:
    for v in vals:
        try:
            r = getattr(cmath, f)(v)
        except Exception as e:
            r = type(e).__name__ + ": " + str(e)
        print(f, v, r)

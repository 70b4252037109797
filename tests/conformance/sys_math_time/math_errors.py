import math
tests = [
    ("sqrt(-1)", lambda: math.sqrt(-1)),
    ("log(0)", lambda: math.log(0)),
    ("log(-1)", lambda: math.log(-1)),
    ("factorial(-1)", lambda: math.factorial(-1)),
    ("factorial(2.5)", lambda: math.factorial(2.5)),
    ("exp(1000)", lambda: math.exp(1000)),
    ("floor(inf)", lambda: math.floor(math.inf)),
    ("ceil(nan)", lambda: math.ceil(math.nan)),
    ("sqrt('x')", lambda: math.sqrt("x")),
    ("gcd(1.5, 2)", lambda: math.gcd(1.5, 2)),
    ("pow(0, -1)", lambda: math.pow(0, -1)),
    ("trunc(None)", lambda: math.trunc(None)),
]
for name, fn in tests:
    try:
        print(name, "=", fn())
    except (ValueError, TypeError, OverflowError) as e:
        print(name, "->", type(e).__name__, e)

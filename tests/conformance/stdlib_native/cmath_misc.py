# cmath: log with a base, rect/polar/phase, isclose, constants, argument conversion, errors.
import cmath

print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
for z in [0, 1, -1, 2, 1j, 1+1j, -3-4j, 1e-300]:
    for base in [2, 10, 0.5, 1+1j, 1, 0, -2, cmath.e]:
        try:
            r = cmath.log(z, base)
        except Exception as e:
            r = type(e).__name__ + ": " + str(e)
        print("log", z, base, r)
for r, phi in [(1, 0), (2, 1), (1, -0.0), (3, cmath.pi), (0, 2), (-1, 0.5), (1e308, 1), (2, -2.5)]:
    print("rect", r, phi, cmath.rect(r, phi))
for z in [1+1j, -1, -1-0j, 1e308+1e308j, 3+4j, -0.0, complex(-1, -0.0)]:
    try:
        print("polar", z, cmath.polar(z), cmath.phase(z))
    except Exception as e:
        print("polar", z, type(e).__name__, e)
print(cmath.isclose(1, 1 + 1e-10j), cmath.isclose(1, 1.1, rel_tol=0.2), cmath.isclose(0, 1e-10, abs_tol=1e-9))
print(cmath.isclose(1j, 1j), cmath.isclose(complex("inf"), complex("inf")), cmath.isclose(complex("nan"), 0))
print(cmath.isclose(1e10, 1e10 + 1), cmath.isclose(a=1, b=1.0000000001), cmath.isclose(0, 0, abs_tol=0))


class Z:
    def __complex__(self):
        return 3 + 4j


class F:
    def __float__(self):
        return 2.0


class I:
    def __index__(self):
        return 9


print(cmath.sqrt(Z()), cmath.sqrt(F()), cmath.sqrt(I()), cmath.exp(True), cmath.log(10 ** 30))
for code in ["cmath.sqrt('x')", "cmath.sqrt(None)", "cmath.isclose(1, 2, rel_tol=-1)",
             "cmath.isclose(1, 2, abs_tol=-1)", "cmath.log()", "cmath.sqrt(1, 2)", "cmath.rect(1)",
             "cmath.exp(1000)", "cmath.cosh(1000)", "cmath.sin(1000j)", "cmath.tan(1000j)", "cmath.atanh(1)",
             "cmath.atanh(-1)", "cmath.log(0)", "cmath.log10(0)", "cmath.sqrt(-4)", "cmath.acos(2)",
             "cmath.log(10 ** 400)", "cmath.exp(710)", "cmath.sinh(-710+1j)", "cmath.log(1, 1)"]:
    try:
        print(code, eval(code))
    except Exception as e:
        print(code, type(e).__name__, e)

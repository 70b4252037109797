# quick-arg: 5
# Float loops: numerical integration (midpoint/Simpson), Horner polynomial evaluation,
# Newton iteration. Stresses float arithmetic and float boxing.
import sys


def horner(coeffs, x):
    r = 0.0
    for c in coeffs:
        r = r * x + c
    return r


def integrate_poly(coeffs, a, b, n):
    h = (b - a) / n
    s = 0.0
    for i in range(n):
        x = a + (i + 0.5) * h
        s += horner(coeffs, x)
    return s * h


def simpson(a, b, n):
    # integrate 1/(1+x*x) on [a,b]
    h = (b - a) / n
    s = 1.0 / (1.0 + a * a) + 1.0 / (1.0 + b * b)
    for i in range(1, n):
        x = a + i * h
        fx = 1.0 / (1.0 + x * x)
        if i % 2 == 1:
            s += 4.0 * fx
        else:
            s += 2.0 * fx
    return s * h / 3.0


def newton_sqrt_sum(n):
    total = 0.0
    for k in range(1, n):
        v = float(k)
        x = v * 0.5 + 1.0
        for _ in range(6):
            x = 0.5 * (x + v / x)
        total += x
    return total


def main():
    scale = 70
    if len(sys.argv) > 1:
        scale = int(sys.argv[1])
    coeffs = [0.5, -1.25, 2.0, 0.75, -3.0, 1.0, 0.125]
    a = integrate_poly(coeffs, -1.0, 1.5, 20000 * scale)
    b = simpson(0.0, 1.0, 60000 * scale)
    c = newton_sqrt_sum(12000 * scale)
    print("float_loops checksum %.6f %.9f %.4f" % (a, b, c))


main()

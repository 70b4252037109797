# quick-arg: 80
# Spectral norm of an infinite matrix A(i,j) = 1/((i+j)(i+j+1)/2 + i + 1),
# via power iteration. Stresses nested loops, float division, list indexing.
import sys
import math


def a_elem(i, j):
    s = i + j
    return 1.0 / ((s * (s + 1) >> 1) + i + 1)


def mul_av(v, n):
    out = []
    for i in range(n):
        acc = 0.0
        for j in range(n):
            acc += a_elem(i, j) * v[j]
        out.append(acc)
    return out


def mul_atv(v, n):
    out = []
    for i in range(n):
        acc = 0.0
        for j in range(n):
            acc += a_elem(j, i) * v[j]
        out.append(acc)
    return out


def mul_atav(v, n):
    return mul_atv(mul_av(v, n), n)


def main():
    n = 400
    if len(sys.argv) > 1:
        n = int(sys.argv[1])
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = mul_atav(u, n)
        u = mul_atav(v, n)
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    print("spectral_norm checksum %.9f" % math.sqrt(vbv / vv))


main()

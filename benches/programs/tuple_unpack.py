# quick-arg: 30000
# Tuple packing/unpacking: multiple assignment, swaps, returning tuples,
# unpacking in for-loops, enumerate/zip, starred unpacking, nested tuples.
import sys


def divmod_pairs(n):
    s = 0
    for i in range(1, n):
        q, r = divmod(i * 7919, 97)
        a, b = r, q
        a, b = b, a
        s += a - b
    return s


def minmax(seq):
    lo, hi = seq[0], seq[0]
    for v in seq:
        if v < lo:
            lo = v
        if v > hi:
            hi = v
    return lo, hi


def rotate3(n):
    a, b, c = 1, 2, 3
    for _ in range(n):
        a, b, c = b, c, (a + b + c) % 1000003
    return a, b, c


def zip_enum(xs, ys):
    s = 0
    for i, (x, y) in enumerate(zip(xs, ys)):
        s += i * x - y
    for x, y in zip(xs, reversed(ys)):
        s ^= x + y
    return s


def points(n):
    pts = [(i, (i * 3) % 17, (i * 5) % 23) for i in range(n)]
    tot = 0
    for x, y, z in pts:
        tot += x * y - z
    for (x, y, z), (u, v, w) in zip(pts, pts[1:]):
        tot += (x - u) * (y - v) + (z - w)
    nested = [((i, i + 1), (i + 2, (i + 3, i + 4))) for i in range(n // 4)]
    for (a, b), (c, (d, e)) in nested:
        tot += a + b - c + d - e
    return tot


def starred(n):
    s = 0
    for i in range(n):
        t = (i, i + 1, i + 2, i + 3)
        first, *mid, last = t
        s += first + last + len(mid)
        head, *rest = t
        s += head - rest[0]
    return s


def main():
    n = 500000
    if len(sys.argv) > 1:
        n = int(sys.argv[1])
    xs = list(range(n))
    ys = [(v * 37) % 1001 for v in xs]
    r1 = divmod_pairs(n)
    lo, hi = minmax(ys)
    a, b, c = rotate3(n * 3)
    r2 = zip_enum(xs, ys)
    r3 = points(n)
    r4 = starred(n)
    print("tuple_unpack checksum", r1, lo, hi, a, b, c, r2, r3, r4)


main()

# quick-arg: 100000
# Generator pipelines: chained generator functions, generator expressions fed
# into sum/max/min/sorted, yield from, send-free iteration with next().
# Stresses generator creation, frame suspension/resumption, iteration protocol.
import sys


def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def squares(it):
    for x in it:
        yield x * x


def only_odd(it):
    for x in it:
        if x % 2 == 1:
            yield x


def take_mod(it, m):
    for x in it:
        yield x % m


def chunks(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf


def flatten(lists):
    for lst in lists:
        yield from lst


def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def pipeline(n):
    total = sum(take_mod(only_odd(squares(count_up(n))), 1000003))
    chunk_total = 0
    for ch in chunks(range(n), 7):
        chunk_total += max(ch) - min(ch)
    flat = sum(flatten(chunks(count_up(n // 2), 5)))
    return total, chunk_total, flat


def genexprs(n):
    a = sum(x * 3 for x in range(n) if x % 3 != 0)
    b = max((x * 7) % 1013 for x in range(n))
    c = sum(1 for x in range(n) if (x & 5) == 5)
    words = [str(i) for i in range(n // 10)]
    d = sum(len(w) for w in words)
    e = len(list(w for w in words if w.endswith("7")))
    return a, b, c, d, e


def fib_take(k):
    it = fib_gen()
    s = 0
    for _ in range(k):
        s = (s + next(it)) % 1000000007
    return s


def main():
    n = 1400000
    if len(sys.argv) > 1:
        n = int(sys.argv[1])
    p = pipeline(n)
    g = genexprs(n)
    f = 0
    for _ in range(n // 2000):
        f = (f + fib_take(300)) % 1000000007
    print("generators checksum", p[0], p[1], p[2], g[0], g[1], g[2], g[3], g[4], f)


main()

def naturals():
    n = 1
    while True:
        yield n
        n += 1
def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out
def filt(pred, it):
    for x in it:
        if pred(x):
            yield x
def mapg(fn, it):
    for x in it:
        yield fn(x)
print(take(10, mapg(lambda v: v * v, filt(lambda v: v % 2, naturals()))))
def primes():
    found = []
    for n in naturals():
        if n < 2:
            continue
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
print(take(15, primes()))
def windowed(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield tuple(buf)
print(list(windowed(range(6), 3)))
def running_sum(it):
    s = 0
    for x in it:
        s += x
        yield s
print(list(running_sum(range(1, 11))))

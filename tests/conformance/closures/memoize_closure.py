def memoize(fn):
    cache = {}
    hits = [0]
    def wrapped(*args):
        if args in cache:
            hits[0] += 1
            return cache[args]
        r = fn(*args)
        cache[args] = r
        return r
    wrapped.stats = lambda: (len(cache), hits[0])
    return wrapped
@memoize
def binom(n, k):
    if k == 0 or k == n:
        return 1
    return binom(n - 1, k - 1) + binom(n - 1, k)
print(binom(30, 15), binom.stats())
@memoize
def lcs(a, b):
    if not a or not b:
        return 0
    if a[0] == b[0]:
        return 1 + lcs(a[1:], b[1:])
    return max(lcs(a[1:], b), lcs(a, b[1:]))
print(lcs("AGGTABQWERTY", "GXTXAYBWRT"), lcs.stats()[0] > 0)

# quick-arg: 10000
# Sorting: list.sort() and sorted() with key functions, lambdas, reverse=True,
# sorting tuples (lexicographic comparison), strings, and stability checks.
# Stresses the sort implementation plus many small key-function calls and
# rich comparisons of tuples/strings.
import sys


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 214013 + 2531011) % 4294967296
        return self.state >> 16


class Record:
    def __init__(self, ident, name, score, group):
        self.ident = ident
        self.name = name
        self.score = score
        self.group = group


def by_score(r):
    return r.score


def digest(values):
    h = 0
    for v in values:
        h = (h * 1000003 + v) % 2147483647
    return h


def run(n, rng):
    ints = [rng.next() % 100000 for _ in range(n)]
    a = sorted(ints)
    b = sorted(ints, reverse=True)
    c = sorted(ints, key=lambda v: (v % 1000, -v))
    d = sorted(ints, key=abs)

    recs = []
    for i in range(n // 2):
        name = "n" + str(rng.next() % 5000)
        recs.append(Record(i, name, rng.next() % 1000, rng.next() % 17))
    recs.sort(key=by_score)
    e = [r.ident for r in recs[:50]]
    recs.sort(key=lambda r: r.group)
    # stable: within each group, records stay ordered by score
    stable_ok = 1
    for k in range(1, len(recs)):
        p = recs[k - 1]
        q = recs[k]
        if p.group == q.group and p.score > q.score:
            stable_ok = 0
    names = sorted(r.name for r in recs)
    tuples = sorted([(r.group, r.name, r.ident) for r in recs])
    f = [t[2] for t in tuples[:50]]
    pairs = [(r.score, r.ident) for r in recs]
    pairs.sort(reverse=True)
    g = [p[1] for p in pairs[:50]]
    words = sorted(names[:2000], key=len)
    return (digest(a[:200]) ^ digest(b[:200]), digest(c[:200]), digest(d[::97]),
            digest(e), stable_ok, len(names[0]) + len(names[-1]), digest(f), digest(g),
            len(words[0]), len(words[-1]))


def main():
    n = 140000
    if len(sys.argv) > 1:
        n = int(sys.argv[1])
    rng = Lcg(2024)
    acc = 0
    res = None
    for _ in range(2):
        res = run(n, rng)
        for v in res:
            acc = (acc * 31 + v) % 1000000007
    print("sort_key checksum", acc, res[4], res[8], res[9])


main()

# quick-arg: 2
# Dict building and querying: int keys, str keys, word counting, membership
# tests, .get(), .items() iteration, deletion. Pseudo-random keys from an LCG.
import sys

WORDS = ("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu "
         "nu xi omicron pi rho sigma tau upsilon phi chi psi omega").split()


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state


def int_dict(rng, n):
    d = {}
    for i in range(n):
        k = rng.next() % (n * 2)
        d[k] = d.get(k, 0) + i
    hits = 0
    total = 0
    for i in range(n):
        k = rng.next() % (n * 2)
        if k in d:
            hits += 1
            total += d[k]
    # delete every third key
    removed = 0
    for k in list(d.keys()):
        if k % 3 == 0:
            del d[k]
            removed += 1
    s = 0
    for k, v in d.items():
        s = (s + k * 7 + v) % 1000000007
    return hits, total % 1000000007, removed, len(d), s


def word_count(rng, n):
    nw = len(WORDS)
    parts = []
    for i in range(n):
        w = WORDS[rng.next() % nw]
        if i % 5 == 0:
            w = w + str(i % 13)
        parts.append(w)
    text = " ".join(parts)
    counts = {}
    for w in text.split():
        if w in counts:
            counts[w] += 1
        else:
            counts[w] = 1
    best = ""
    best_n = 0
    for w in sorted(counts):
        if counts[w] > best_n:
            best_n = counts[w]
            best = w
    return len(counts), best, best_n


def str_keys(rng, n):
    d = {}
    for i in range(n):
        key = "k" + str(rng.next() % 5000)
        d[key] = i
    s = 0
    for i in range(n):
        key = "k" + str(i % 6000)
        v = d.get(key)
        if v is not None:
            s += v
    nested = {}
    for key in d:
        bucket = len(key)
        if bucket not in nested:
            nested[bucket] = {}
        nested[bucket][key] = d[key]
    sizes = 0
    for b in sorted(nested):
        sizes = sizes * 10000 + len(nested[b])
    return len(d), s, sizes


def main():
    scale = 35
    if len(sys.argv) > 1:
        scale = int(sys.argv[1])
    rng = Lcg(42)
    a = int_dict(rng, 20000 * scale)
    b = word_count(rng, 20000 * scale)
    c = str_keys(rng, 10000 * scale)
    print("dict_build checksum", a[0], a[1], a[2], a[3], a[4])
    print("dict_build words", b[0], b[1], b[2])
    print("dict_build strkeys", c[0], c[1], c[2])


main()

# quick-arg: 1
# Seeded random numbers feeding array.array storage: a histogram of random() draws, a random
# walk with randrange/choice, gauss samples smoothed by a moving average, shuffles and
# samples of an index array, and a sieve on array('b'). Stresses the Mersenne Twister (both
# the native random()/getrandbits() and the Python layers above them) and fast array item
# get/set.
import sys
import random
from array import array


def histogram(rng, n, bins):
    counts = array("l", [0]) * bins
    rand = rng.random
    for _ in range(n):
        counts[int(rand() * bins)] += 1
    return counts


def walk(rng, steps):
    pos = array("i", [0]) * 64
    moves = (-2, -1, 1, 2)
    for _ in range(steps):
        k = rng.randrange(64)
        pos[k] += rng.choice(moves)
    return pos


def smooth(rng, n, width):
    data = array("d", [rng.gauss(0.0, 1.0) for _ in range(n)])
    out = array("d", [0.0]) * n
    acc = 0.0
    for i in range(n):
        acc += data[i]
        if i >= width:
            acc -= data[i - width]
        out[i] = acc / width
    return out


def shuffles(rng, n, rounds):
    idx = array("H", range(n))
    total = 0
    for r in range(rounds):
        items = idx.tolist()
        rng.shuffle(items)
        for i, v in enumerate(rng.sample(items, 20)):
            total += i * v
        idx = array("H", items)
        total += idx[r % n] + rng.randint(0, 9)
    return total


def sieve(limit):
    flags = array("b", [1]) * (limit + 1)
    flags[0] = 0
    flags[1] = 0
    i = 2
    while i * i <= limit:
        if flags[i]:
            for j in range(i * i, limit + 1, i):
                flags[j] = 0
        i += 1
    return flags


def main(scale):
    rng = random.Random(12345)
    counts = histogram(rng, 60000 * scale, 97)
    print("histogram", sum(counts), max(counts), min(counts), counts[13])
    pos = walk(rng, 25000 * scale)
    print("walk", sum(pos), max(pos), min(pos), sum(abs(p) for p in pos))
    sm = smooth(rng, 20000 * scale, 8)
    print("smooth %.6f %.6f %.6f" % (sum(sm), max(sm), min(sm)))
    print("shuffles", shuffles(rng, 500, 20 * scale))
    flags = sieve(30000 * scale)
    print("sieve", sum(flags), flags.tobytes().count(1))
    random.seed(scale)
    print("module", random.getrandbits(64), random.randint(1, 10 ** 9), "%.9f" % random.random())


main(int(sys.argv[1]) if len(sys.argv) > 1 else 25)

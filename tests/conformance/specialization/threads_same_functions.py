# Several threads run the same functions at once, each specializing its own copy of the
# code: results must match the single-threaded ones, whatever the interleaving.
import threading


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def dot(self, o):
        return self.x * o.x + self.y * o.y


def kernel(n, seed):
    acc = Vec(0, 0)
    words = {}
    fl = 0.5
    for i in range(n):
        v = Vec(i % 7 + seed, i % 5)
        acc = acc.add(v)
        k = "w" + str(i % 13)
        words[k] = words.get(k, 0) + 1
        fl = fl * 1.0001 + i / 3
        a, b = divmod(i, 7)
        if k in words and a > b:
            acc.x -= 1
    return (acc.x, acc.y, acc.dot(Vec(1, 2)), sorted(words.items())[:3], round(fl, 3))


expected = [kernel(3000, s) for s in range(4)]
out = [None] * 4


def run(s):
    for _ in range(3):
        out[s] = kernel(3000, s)


ts = [threading.Thread(target=run, args=(s,)) for s in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(out == expected)
for r in out:
    print(r)

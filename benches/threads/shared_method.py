# quick-arg: 200000
# Every thread: calls methods and reads a property of one shared, read-only object.
import sys
import threading

THREADS = int(sys.argv[1]) if len(sys.argv) > 1 else 1
SIZE = int(sys.argv[2]) if len(sys.argv) > 2 else 800000


class Scaler:
    def __init__(self, factor, offset):
        self.factor = factor
        self.offset = offset

    def apply(self, x):
        return x * self.factor + self.offset

    @property
    def span(self):
        return self.factor - self.offset


SHARED = Scaler(3, 1)


def work(n, results, index):
    s = SHARED
    acc = 0
    for i in range(n):
        acc = (acc + s.apply(i) + s.span) & 0xFFFFFF
    results[index] = acc


results = [0] * THREADS
threads = [threading.Thread(target=work, args=(SIZE, results, k)) for k in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(THREADS, SIZE, sum(results))

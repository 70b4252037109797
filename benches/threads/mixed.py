# quick-arg: 100000
# Every thread: object creation, method calls, int arithmetic, reads of a shared dict,
# calls of a shared module-level function.
import sys
import threading

THREADS = int(sys.argv[1]) if len(sys.argv) > 1 else 1
SIZE = int(sys.argv[2]) if len(sys.argv) > 2 else 800000

TABLE = {i: (i * 7919) % 1009 for i in range(256)}


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def manhattan(self):
        return abs(self.x) + abs(self.y)


def mix(acc, value):
    return (acc * 31 + value) % 1000003


def work(n, results, index):
    acc = index
    for i in range(n):
        p = Point(i, -i)
        acc = mix(acc, p.manhattan())
        acc = mix(acc, TABLE[i & 255])
    results[index] = acc


results = [0] * THREADS
threads = [threading.Thread(target=work, args=(SIZE, results, k)) for k in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(THREADS, SIZE, sum(results))

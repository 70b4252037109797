# quick-arg: 400000
# Every thread: reads a shared dict; one read in 1000 is followed by a write (under a lock)
# that stores back the value it read, so the contents never change and the sum is fixed.
import sys
import threading

THREADS = int(sys.argv[1]) if len(sys.argv) > 1 else 1
SIZE = int(sys.argv[2]) if len(sys.argv) > 2 else 1500000

WORDS = ["w%d" % i for i in range(512)]
COUNTS = {w: len(w) * 3 for w in WORDS}
LOCK = threading.Lock()


def work(n, results, index):
    words = WORDS
    counts = COUNTS
    acc = 0
    for i in range(n):
        w = words[(i * 7 + index) & 511]
        v = counts[w]
        acc += v
        if i % 1000 == 0:
            with LOCK:
                counts[w] = v
        if w in counts:
            acc += 1
    results[index] = acc


results = [0] * THREADS
threads = [threading.Thread(target=work, args=(SIZE, results, k)) for k in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(THREADS, SIZE, sum(results))

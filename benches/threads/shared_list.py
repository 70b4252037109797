# quick-arg: 300000
# Every thread: appends to one shared list, reads items by index, pops what it appended
# (one pop per append, so the list ends as it started).
import sys
import threading

THREADS = int(sys.argv[1]) if len(sys.argv) > 1 else 1
SIZE = int(sys.argv[2]) if len(sys.argv) > 2 else 800000

SHARED = list(range(1000))


def work(n, results, index):
    items = SHARED
    acc = 0
    for i in range(n):
        items.append(i)
        acc += items[i % 1000]
        items.pop()
    results[index] = acc


results = [0] * THREADS
threads = [threading.Thread(target=work, args=(SIZE, results, k)) for k in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(THREADS, SIZE, sum(results), len(SHARED), sum(SHARED))

# quick-arg: 500000
# Every thread: int and float arithmetic on locals only (no shared objects at all).
import sys
import threading

THREADS = int(sys.argv[1]) if len(sys.argv) > 1 else 1
SIZE = int(sys.argv[2]) if len(sys.argv) > 2 else 2000000


def work(n, results, index):
    a = index + 1
    x = 0.5
    for i in range(n):
        a = (a * 1103515245 + 12345) & 0x7FFFFFFF
        if a % 3 == 0:
            x = x * 0.999 + 0.001
        else:
            x = x + (i & 7) * 1e-6
    results[index] = (a, round(x, 6))


results = [None] * THREADS
threads = [threading.Thread(target=work, args=(SIZE, results, k)) for k in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(THREADS, SIZE, sum(r[0] for r in results) % 1000000007, round(sum(r[1] for r in results), 4))

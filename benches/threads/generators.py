# quick-arg: 250000
# Every thread: its own generator pipeline (generator → generator expression → sum).
import sys
import threading

THREADS = int(sys.argv[1]) if len(sys.argv) > 1 else 1
SIZE = int(sys.argv[2]) if len(sys.argv) > 2 else 1000000


def numbers(n, seed):
    x = seed
    for i in range(n):
        x = (x * 75 + 74) % 65537
        yield x


def work(n, results, index):
    results[index] = sum(v & 255 for v in numbers(n, index + 1) if v & 1)


results = [0] * THREADS
threads = [threading.Thread(target=work, args=(SIZE, results, k)) for k in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(THREADS, SIZE, sum(results))

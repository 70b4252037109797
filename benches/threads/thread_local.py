# quick-arg: 200000
# Every thread: reads and writes attributes of a shared threading.local().
import sys
import threading

THREADS = int(sys.argv[1]) if len(sys.argv) > 1 else 1
SIZE = int(sys.argv[2]) if len(sys.argv) > 2 else 800000

state = threading.local()


def work(n, results, index):
    state.count = 0
    state.base = index
    for i in range(n):
        state.count = state.count + (i & 3) + state.base
    results[index] = state.count


results = [0] * THREADS
threads = [threading.Thread(target=work, args=(SIZE, results, k)) for k in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(THREADS, SIZE, sum(results))

# sys.exit() in the main thread waits for non-daemon threads and keeps the status.
import sys
import threading
import time

results = []
lock = threading.Lock()


def worker(k):
    time.sleep(0.02 * k)
    with lock:
        results.append(k)
        if len(results) == 3:
            print("all workers done:", sorted(results), flush=True)


for k in range(3):
    threading.Thread(target=worker, args=(k,)).start()
print("main exits with status 3", flush=True)
sys.exit(3)

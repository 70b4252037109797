# quick-arg: 7500
# The main thread feeds THREADS × SIZE items into one queue; every thread takes items,
# does a little work on each, and puts the result on a second queue that the main thread
# drains at the end.
import queue
import sys
import threading

THREADS = int(sys.argv[1]) if len(sys.argv) > 1 else 1
SIZE = int(sys.argv[2]) if len(sys.argv) > 2 else 60000

inbox = queue.Queue(maxsize=1024)
outbox = queue.Queue()


def work():
    while True:
        item = inbox.get()
        if item is None:
            break
        acc = 0
        for k in range(20):
            acc += (item * k) % 7
        outbox.put(acc)


threads = [threading.Thread(target=work) for _ in range(THREADS)]
for t in threads:
    t.start()
for i in range(THREADS * SIZE):
    inbox.put(i)
for _ in threads:
    inbox.put(None)
for t in threads:
    t.join()
total = 0
count = 0
while not outbox.empty():
    total += outbox.get()
    count += 1
print(THREADS, SIZE, count, total)

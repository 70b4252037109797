# Producers and consumers connected by a bounded Queue.
import queue
import threading

q = queue.Queue(maxsize=5)
results = []
results_lock = threading.Lock()
DONE = object()


def producer(start):
    for i in range(start, start + 100):
        q.put(i)


def consumer():
    local_sum = 0
    count = 0
    while True:
        item = q.get()
        if item is DONE:
            q.task_done()
            break
        local_sum += item
        count += 1
        q.task_done()
    with results_lock:
        results.append((count, local_sum))


producers = [threading.Thread(target=producer, args=(k * 100,)) for k in range(4)]
consumers = [threading.Thread(target=consumer) for _ in range(3)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
q.join()
print("queue drained", q.empty(), q.qsize())
for _ in consumers:
    q.put(DONE)
for t in consumers:
    t.join()
print("consumers", len(results))
print("items", sum(c for c, _ in results))
print("sum", sum(s for _, s in results), sum(range(400)))
print("unfinished", q.unfinished_tasks)

# A pipeline of two stages.
stage1 = queue.Queue()
stage2 = queue.Queue()


def doubler():
    while True:
        x = stage1.get()
        if x is None:
            stage2.put(None)
            return
        stage2.put(x * 2)


t = threading.Thread(target=doubler)
t.start()
for i in range(10):
    stage1.put(i)
stage1.put(None)
out = []
while True:
    x = stage2.get(timeout=30)
    if x is None:
        break
    out.append(x)
t.join()
print(out)

# LifoQueue and PriorityQueue fed from threads, drained afterwards.
pq = queue.PriorityQueue()
ts = [threading.Thread(target=lambda k=k: [pq.put((k * 7 + j) % 23) for j in range(5)])
      for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
drained = []
while not pq.empty():
    drained.append(pq.get_nowait())
print(drained)
print(drained == sorted(drained))

sq = queue.SimpleQueue()
ts = [threading.Thread(target=lambda k=k: [sq.put(k * 10 + j) for j in range(10)])
      for k in range(5)]
for t in ts:
    t.start()
got = [sq.get(timeout=30) for _ in range(50)]
for t in ts:
    t.join()
print(sorted(got) == list(range(50)), sq.empty(), sq.qsize())

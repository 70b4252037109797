# Queue, LifoQueue, PriorityQueue and SimpleQueue on one thread.
import queue

q = queue.Queue()
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), q.maxsize)
print([q.get() for _ in range(5)])
print(q.empty())
try:
    q.get_nowait()
except queue.Empty as e:
    print("Empty", repr(e), isinstance(e, Exception))
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
try:
    q.get(False)
except queue.Empty:
    print("Empty non-blocking")
try:
    q.get(timeout=-1)
except ValueError as e:
    print(type(e).__name__, e)

b = queue.Queue(2)
b.put("a")
b.put_nowait("b")
print(b.full(), b.qsize())
try:
    b.put_nowait("c")
except queue.Full as e:
    print("Full", repr(e))
try:
    b.put("c", timeout=0.01)
except queue.Full:
    print("Full after timeout")
try:
    b.put("c", block=False)
except queue.Full:
    print("Full non-blocking")
try:
    b.put("c", timeout=-0.5)
except ValueError as e:
    print(type(e).__name__, e)
print(b.get(), b.get(), b.empty())

# task_done accounting
t = queue.Queue()
t.put(1)
t.put(2)
print(t.unfinished_tasks)
t.get()
t.task_done()
t.get()
t.task_done()
print(t.unfinished_tasks)
t.join()
print("joined")
try:
    t.task_done()
except ValueError as e:
    print(type(e).__name__, e)

# Unbounded when maxsize <= 0
u = queue.Queue(-1)
for i in range(100):
    u.put_nowait(i)
print(u.full(), u.qsize())

lq = queue.LifoQueue()
for x in "abcde":
    lq.put(x)
print([lq.get() for _ in range(5)])
print(lq.queue)

pq = queue.PriorityQueue()
for x in [5, 3, 9, 1, 7, 3, 0, 8]:
    pq.put(x)
print(pq.qsize(), [pq.get() for _ in range(8)])
for item in [(2, "b"), (1, "z"), (2, "a"), (0, "q")]:
    pq.put(item)
print([pq.get_nowait() for _ in range(4)])
try:
    pq.get_nowait()
except queue.Empty:
    print("priority empty")

sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
sq.put(1)
sq.put_nowait(2)
sq.put(3, block=False, timeout=5)
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.get(timeout=1), sq.empty())
try:
    sq.get_nowait()
except queue.Empty:
    print("simple empty")
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("simple empty after timeout")
try:
    sq.get(timeout=-1)
except ValueError as e:
    print(type(e).__name__, e)

print(issubclass(queue.LifoQueue, queue.Queue), issubclass(queue.PriorityQueue, queue.Queue))
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
print(sorted(queue.__all__))


class Upper(queue.Queue):
    def _put(self, item):
        self.queue.append(item.upper())


uq = Upper()
uq.put("hi")
uq.put("there")
print(uq.get(), uq.get())

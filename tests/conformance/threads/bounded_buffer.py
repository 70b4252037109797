# A bounded buffer built from one lock and two Conditions.
import threading


class BoundedBuffer:
    def __init__(self, capacity):
        self.items = []
        self.capacity = capacity
        self.lock = threading.Lock()
        self.not_full = threading.Condition(self.lock)
        self.not_empty = threading.Condition(self.lock)
        self.max_seen = 0

    def put(self, item):
        with self.not_full:
            while len(self.items) >= self.capacity:
                self.not_full.wait()
            self.items.append(item)
            self.max_seen = max(self.max_seen, len(self.items))
            self.not_empty.notify()

    def get(self):
        with self.not_empty:
            while not self.items:
                self.not_empty.wait()
            item = self.items.pop(0)
            self.not_full.notify()
            return item


buf = BoundedBuffer(4)
consumed = []
clock = threading.Lock()


def producer(k):
    for i in range(50):
        buf.put((k, i))


def consumer():
    while True:
        item = buf.get()
        if item is None:
            return
        with clock:
            consumed.append(item)


producers = [threading.Thread(target=producer, args=(k,)) for k in range(3)]
consumers = [threading.Thread(target=consumer) for _ in range(2)]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    buf.put(None)
for t in consumers:
    t.join()
print(len(consumed), len(set(consumed)))
print(buf.max_seen <= 4, buf.items)
# Items from one producer arrive in the order it produced them.
for k in range(3):
    mine = [i for (p, i) in consumed if p == k]
    print(k, len(mine), sorted(mine) == list(range(50)))

# RLock-backed condition with nested acquisition inside wait().
rl = threading.RLock()
cond = threading.Condition(rl)
flag = []


def setter():
    with cond:
        flag.append(1)
        cond.notify_all()


with rl:
    with cond:  # held twice; wait() must drop both levels
        t = threading.Thread(target=setter)
        t.start()
        print(cond.wait_for(lambda: flag, timeout=30))
    print("still held once", rl._is_owned())
t.join()

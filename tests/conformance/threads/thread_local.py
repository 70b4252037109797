# threading.local: per-thread attributes.
import _thread
import threading

data = threading.local()
data.x = "main"
seen = []
seen_lock = threading.Lock()
start = threading.Barrier(4)


def worker(k):
    has_before = hasattr(data, "x")
    data.x = k
    start.wait()  # all threads have set their own value now
    with seen_lock:
        seen.append((k, has_before, data.x))


ts = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(seen))
print("main still sees", data.x)

try:
    data.missing
except AttributeError as e:
    print(type(e).__name__)

del data.x
print(hasattr(data, "x"))


# Subclass with __init__ arguments: __init__ runs again in each thread on first use.
class Counter(threading.local):
    def __init__(self, start):
        self.value = start
        self.inits = 1

    def bump(self):
        self.value += 1
        return self.value


c = Counter(10)
c.bump()
out = []


def use_counter():
    out.append((c.value, c.inits))
    for _ in range(3):
        c.bump()
    out.append(c.value)


t = threading.Thread(target=use_counter)
t.start()
t.join()
print(out)
print("main counter", c.value)

# Each thread gets an independent dict-like namespace.
store = threading.local()
results = {}
lock = threading.Lock()


def fill(name):
    store.items = []
    for i in range(5):
        store.items.append(name + str(i))
    with lock:
        results[name] = list(store.items)


ts = [threading.Thread(target=fill, args=(n,)) for n in "abc"]
for t in ts:
    t.start()
for t in ts:
    t.join()
for k in sorted(results):
    print(k, results[k])
print(hasattr(store, "items"))
print(threading.local is _thread._local)
print(type(store).__name__)

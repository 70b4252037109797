# Threads started with _thread: counts under a lock, appends to a shared list, per-thread
# order, thread-local data, exceptions caught inside threads, RLock across threads,
# lock ping-pong. Joined through one "done" lock per thread.
import _thread

N = 4

def run_all(target, n=N, args=()):
    dones = []
    for i in range(n):
        d = _thread.allocate_lock()
        d.acquire()
        dones.append(d)
        def boot(i=i, d=d):
            try:
                target(i, *args)
            finally:
                d.release()
        _thread.start_new_thread(boot, ())
    for d in dones:
        d.acquire()

# counts under a lock
lock = _thread.allocate_lock()
counter = [0]
def incr(i, n):
    for _ in range(n):
        with lock:
            counter[0] += 1
run_all(incr, args=(5000,))
print("counter", counter[0])

# appends to a shared list (list.append is atomic)
shared = []
def app(i, n):
    for k in range(n):
        shared.append((i, k))
run_all(app, args=(3000,))
print("appended", len(shared))
for i in range(N):
    mine = [k for (t, k) in shared if t == i]
    print(i, len(mine), mine == sorted(mine))

# thread-local data
loc = _thread._local()
loc.name = "main"
results = {}
def use_local(i):
    print_later = hasattr(loc, "name")
    loc.name = "t%d" % i
    loc.items = []
    for k in range(100):
        loc.items.append(k * i)
    with lock:
        results[i] = (print_later, loc.name, sum(loc.items))
run_all(use_local)
for i in sorted(results):
    print(i, results[i])
print("main still", loc.name, hasattr(loc, "items"))

class Counter(_thread._local):
    def __init__(self, start):
        self.value = start
c = Counter(10)
c.value = 99
vals = {}
def use_counter(i):
    for _ in range(i + 1):
        c.value += 1
    with lock:
        vals[i] = c.value
run_all(use_counter)
print(sorted(vals.items()), c.value)

# exceptions inside threads, caught there
errors = []
def fail(i):
    try:
        if i % 2:
            raise ValueError("odd %d" % i)
        {}["k%d" % i]
    except Exception as e:
        with lock:
            errors.append((i, type(e).__name__, str(e)))
run_all(fail)
for e in sorted(errors):
    print(e)

# RLock across threads: total of nested acquisitions
rl = _thread.RLock()
total = [0]
def nested(i, depth):
    for _ in range(200):
        for _ in range(depth):
            rl.acquire()
        total[0] += 1
        for _ in range(depth):
            rl.release()
run_all(nested, args=(3,))
print("rlock total", total[0], rl._is_owned())

# ping-pong between two threads through two locks
a = _thread.allocate_lock()
b = _thread.allocate_lock()
a.acquire()
b.acquire()
seq = []
def ping(i):
    for k in range(5):
        a.acquire()
        seq.append("ping%d" % k)
        b.release()
def pong(i):
    for k in range(5):
        b.acquire()
        seq.append("pong%d" % k)
        a.release()
d1 = _thread.allocate_lock(); d1.acquire()
d2 = _thread.allocate_lock(); d2.acquire()
_thread.start_new_thread(lambda: (ping(0), d1.release()), ())
_thread.start_new_thread(lambda: (pong(0), d2.release()), ())
a.release()
d1.acquire()
d2.acquire()
print(seq)

# start_new_thread with kwargs; the returned ident is the thread's get_ident
got = {}
d = _thread.allocate_lock(); d.acquire()
def kw(x, y=0, *, z):
    got["v"] = (x, y, z)
    got["ident"] = _thread.get_ident()
    d.release()
ident = _thread.start_new_thread(kw, (1,), {"z": 3, "y": 2})
d.acquire()
print(got["v"], got["ident"] == ident, ident != _thread.get_ident())

# an uncaught exception in a thread is reported on stderr; the program goes on
d = _thread.allocate_lock(); d.acquire()
def boom():
    try:
        raise KeyError("lost")
    finally:
        d.release()
_thread.start_new_thread(boom, ())
d.acquire()
import time
while _thread._count() > 0:
    time.sleep(0.001)
print("done", _thread._count())

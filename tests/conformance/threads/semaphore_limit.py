# Semaphore limiting concurrency; BoundedSemaphore errors.
import threading

LIMIT = 3
sem = threading.Semaphore(LIMIT)
active = 0
max_active = 0
count_lock = threading.Lock()
entered = []


def task(k):
    global active, max_active
    with sem:
        with count_lock:
            active += 1
            max_active = max(max_active, active)
            entered.append(k)
        threading.Event().wait(0.002)
        with count_lock:
            active -= 1


ts = [threading.Thread(target=task, args=(k,)) for k in range(12)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("max active within limit:", 1 <= max_active <= LIMIT)
print("all ran:", sorted(entered) == list(range(12)))
print("active now:", active)

s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.01))
s.release()
print(s.acquire(blocking=False))
s.release(2)
print(s.acquire(False), s.acquire(False), s.acquire(False))
try:
    s.acquire(False, 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.release(0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print(type(e).__name__, e)
z = threading.Semaphore(0)
print(z.acquire(False))
z.release()
print(z.acquire(False))

bs = threading.BoundedSemaphore(2)
bs.acquire()
bs.release()
try:
    bs.release()
except ValueError as e:
    print(type(e).__name__, e)
bs.acquire()
bs.acquire()
try:
    bs.release(3)
except ValueError as e:
    print(type(e).__name__, e)
bs.release(2)
print(bs.acquire(False), bs.acquire(False), bs.acquire(False))
print(issubclass(threading.BoundedSemaphore, threading.Semaphore))

# A semaphore used as a counting signal between threads.
items = threading.Semaphore(0)
produced = []


def producer():
    for i in range(5):
        produced.append(i)
        items.release()


t = threading.Thread(target=producer)
t.start()
got = 0
for _ in range(5):
    items.acquire()
    got += 1
t.join()
print(got, produced)

# release(n) wakes n waiters.
gate = threading.Semaphore(0)
passed = []
plock = threading.Lock()


def gated(k):
    gate.acquire()
    with plock:
        passed.append(k)


ts = [threading.Thread(target=gated, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
gate.release(4)
for t in ts:
    t.join()
print(sorted(passed))

# Counting under a Lock from several threads; Lock API on one thread.
import threading

counter = 0
lock = threading.Lock()


def add(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1


def add_explicit(n):
    global counter
    for _ in range(n):
        lock.acquire()
        try:
            counter += 2
        finally:
            lock.release()


threads = [threading.Thread(target=add, args=(2000,)) for _ in range(4)]
threads += [threading.Thread(target=add_explicit, args=(1000,)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter", counter)
print("all finished", not any(t.is_alive() for t in threads))

# Lock API
lk = threading.Lock()
print(type(lk).__name__ in ("lock", "LockType"))
print(lk.locked())
print(lk.acquire())
print(lk.locked())
print(lk.acquire(False))
print(lk.acquire(blocking=False))
print(lk.acquire(True, 0.01))
print(lk.acquire(timeout=0.01))
lk.release()
print(lk.locked())
try:
    lk.release()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    lk.acquire(False, 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    lk.acquire(True, -5)
except ValueError as e:
    print(type(e).__name__, e)
with lk:
    print("inside", lk.locked())
print("after", lk.locked())
print(threading.Lock is threading._allocate_lock)
print(threading.ThreadError is RuntimeError)
print(threading.TIMEOUT_MAX > 1000)

# A lock released by another thread than the one that acquired it.
gate = threading.Lock()
gate.acquire()
log = []


def opener():
    log.append("opening")
    gate.release()


t = threading.Thread(target=opener)
t.start()
print(gate.acquire(timeout=30))
t.join()
print(log)

# Try-acquire from another thread while held.
held = threading.Lock()
held.acquire()
result = []
t = threading.Thread(target=lambda: result.append(held.acquire(False)))
t.start()
t.join()
print("other thread got it:", result)
held.release()
t = threading.Thread(target=lambda: result.append(held.acquire(False)))
t.start()
t.join()
print("other thread got it:", result, held.locked())

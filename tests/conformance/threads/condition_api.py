# Condition: timeouts, wait_for, notify(n), notify_all and errors.
import threading

for lock in (None, threading.Lock(), threading.RLock()):
    c = threading.Condition(lock) if lock is not None else threading.Condition()
    with c:
        print("wait timeout ->", c.wait(0.01))
        print("wait 0 ->", c.wait(0))
        print("wait_for true ->", c.wait_for(lambda: 42))
        print("wait_for timeout ->", c.wait_for(lambda: 0, timeout=0.02))
        print("wait_for negative ->", c.wait_for(lambda: "", timeout=-1))
    try:
        c.wait()
    except RuntimeError as e:
        print(type(e).__name__, e)
    try:
        c.notify()
    except RuntimeError as e:
        print(type(e).__name__, e)
    try:
        c.notify_all()
    except RuntimeError as e:
        print(type(e).__name__, e)

# notify(n) wakes exactly n waiters.
L = threading.Lock()
c = threading.Condition(L)
arrive = threading.Condition(L)
ready = 0
woken = []


def waiter(k):
    global ready
    with c:
        ready += 1
        arrive.notify()
        if c.wait(30):
            woken.append(k)


ts = [threading.Thread(target=waiter, args=(k,)) for k in range(5)]
for t in ts:
    t.start()
with c:
    arrive.wait_for(lambda: ready == 5)
    print("waiters", len(c._waiters))
    c.notify(2)
    print("after notify(2)", len(c._waiters))
# Wait until the two woken threads have recorded themselves.
while True:
    with c:
        if len(woken) == 2:
            break
    threading.Event().wait(0.001)
print("woken", len(woken))
with c:
    c.notify(0)
    print("after notify(0)", len(c._waiters))
    c.notify_all()
    print("after notify_all", len(c._waiters))
for t in ts:
    t.join()
print("woken", len(woken), sorted(woken))

# notify with no waiters is fine
with c:
    c.notify(3)
    c.notify_all()
print("no waiters ok")

# acquire/release are the lock's
lk = threading.Lock()
c = threading.Condition(lk)
print(c.acquire())
print(lk.locked())
c.release()
print(lk.locked())
print(c.acquire(False), c.acquire(False))
c.release()
with c as entered:
    print("entered", entered)

# wait_for returns the predicate's value once it is true
c = threading.Condition()
box = []


def filler():
    with c:
        box.append("done")
        c.notify()


with c:
    t = threading.Thread(target=filler)
    t.start()
    print(repr(c.wait_for(lambda: box and box[0], timeout=30)))
t.join()

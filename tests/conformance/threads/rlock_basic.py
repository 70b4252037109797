# RLock: reentrancy, ownership, counting from threads.
import threading

r = threading.RLock()
print(r.acquire())
print(r.acquire())
print(r.acquire(False))
r.release()
r.release()
r.release()
try:
    r.release()
except RuntimeError as e:
    print(type(e).__name__, e)

with r:
    with r:
        print("nested with ok")

# Non-owner release fails; non-owner acquire fails while held.
r.acquire()
out = []


def intruder():
    try:
        r.release()
    except RuntimeError as e:
        out.append((type(e).__name__, str(e)))
    out.append(r.acquire(False))
    out.append(r.acquire(timeout=0.01))


t = threading.Thread(target=intruder)
t.start()
t.join()
print(out)
r.release()

# Recursive function guarded by one RLock, called from several threads.
total = []
guard = threading.RLock()


def fact(n):
    with guard:
        if n <= 1:
            return 1
        return n * fact(n - 1)


def worker(k):
    v = fact(k)
    with guard:
        total.append((k, v))


ts = [threading.Thread(target=worker, args=(k,)) for k in range(1, 11)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(total))

# Condition default lock is an RLock: it can be entered twice.
c = threading.Condition()
with c:
    with c:
        c.notify()
print("condition on rlock ok")

counter = 0


def bump():
    global counter
    for _ in range(500):
        with guard:
            with guard:
                counter += 1


ts = [threading.Thread(target=bump) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counter)

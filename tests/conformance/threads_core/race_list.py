# Race on purpose: threads append to, pop from, index, iterate, sort and slice one list
# concurrently. Never a crash; final counts are checked.
import _thread

N_APPEND = 3
N_POP = 2
PER = 4000
shared = list(range(100))
lock = _thread.allocate_lock()
popped = [0]
stats = {"iter": 0, "bad": 0}
stop = [False]

def run(fns):
    dones = []
    for f, a in fns:
        d = _thread.allocate_lock()
        d.acquire()
        dones.append(d)
        def boot(f=f, a=a, d=d):
            try:
                f(*a)
            finally:
                d.release()
        _thread.start_new_thread(boot, ())
    return dones

def appender(t):
    for i in range(PER):
        shared.append(i)
        if i % 100 == 0:
            shared.extend([i, i])

def popper(t):
    n = 0
    for i in range(PER):
        try:
            shared.pop()
            n += 1
        except IndexError:
            pass
        if i % 50 == 0:
            try:
                del shared[0]
                n += 1
            except IndexError:
                pass
    with lock:
        popped[0] += n

def reader(t):
    while True:
        k = 0
        for x in shared:
            if not isinstance(x, int):
                stats["bad"] += 1
            k += 1
        n = len(shared)
        if n:
            try:
                shared[n // 2]
                shared[-1]
            except IndexError:
                pass
        shared[:10]
        try:
            shared.index(-5)
        except ValueError:
            pass
        _ = 12345 in shared
        stats["iter"] += 1
        if stop[0]:
            break

def shuffler(t):
    while True:
        copy = shared[:]
        copy.sort()
        shared.reverse()
        shared.reverse()
        if stop[0]:
            break

readers = run([(reader, (0,)), (shuffler, (1,))])
workers = run([(appender, (t,)) for t in range(N_APPEND)] + [(popper, (t,)) for t in range(N_POP)])
for d in workers:
    d.acquire()
stop[0] = True
for d in readers:
    d.acquire()

added = 100 + N_APPEND * (PER + 2 * (PER // 100))
print("consistent", len(shared) + popped[0] == added)
print("all ints", all(isinstance(x, int) for x in shared), stats["bad"])
print("iterated", stats["iter"] > 0)

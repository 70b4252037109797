# Barrier: indices, action, n_waiting, abort, reset, timeouts.
import threading

b = threading.Barrier(3)
print(b.parties, b.n_waiting, b.broken)
indices = []
phases = []
lock = threading.Lock()


def worker(k):
    for phase in range(3):
        with lock:
            phases.append((phase, "before", k))
        i = b.wait()
        with lock:
            indices.append(i)
            phases.append((phase, "after", k))
        b.wait()


ts = [threading.Thread(target=worker, args=(k,)) for k in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(indices))
# Every "before" of phase p happens before any "after" of phase p.
ok = True
for p in range(3):
    last_before = max(i for i, e in enumerate(phases) if e[0] == p and e[1] == "before")
    first_after = min(i for i, e in enumerate(phases) if e[0] == p and e[1] == "after")
    ok = ok and last_before < first_after
print("phases ordered", ok)
print(b.n_waiting, b.broken)

# The action runs exactly once per trip.
actions = []
ba = threading.Barrier(4, action=lambda: actions.append("tripped"))
ts = [threading.Thread(target=ba.wait) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(actions)

# Timeout breaks the barrier for everybody.
bt = threading.Barrier(3, timeout=0.05)
errors = []


def lonely():
    try:
        bt.wait()
    except threading.BrokenBarrierError as e:
        errors.append(type(e).__name__)


t = threading.Thread(target=lonely)
t.start()
try:
    bt.wait()
except threading.BrokenBarrierError:
    errors.append("main broken")
t.join()
print(sorted(errors), bt.broken)
try:
    bt.wait()
except threading.BrokenBarrierError as e:
    print("still broken", repr(e))
bt.reset()
print("after reset", bt.broken, bt.n_waiting)

# abort() wakes waiting threads with BrokenBarrierError.
bb = threading.Barrier(3)
out = []
waiting = threading.Event()


def waiter():
    try:
        bb.wait()
    except threading.BrokenBarrierError:
        out.append("broken")


ts = [threading.Thread(target=waiter) for _ in range(2)]
for t in ts:
    t.start()
while bb.n_waiting < 2:
    waiting.wait(0.001)
print("waiting", bb.n_waiting)
bb.abort()
for t in ts:
    t.join()
print(out, bb.broken, bb.n_waiting)
bb.reset()
print(bb.broken)

# A failing action breaks the barrier; the thread that ran it sees the exception.
def bad_action():
    raise ValueError("action failed")


bf = threading.Barrier(2, action=bad_action)
res = []


def party():
    try:
        bf.wait()
        res.append("passed")
    except threading.BrokenBarrierError:
        res.append("broken")
    except ValueError as e:
        res.append(str(e))


ts = [threading.Thread(target=party) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(res), bf.broken)

# Explicit wait timeout overrides the default.
bx = threading.Barrier(2, timeout=30)
try:
    bx.wait(0.02)
except threading.BrokenBarrierError:
    print("explicit timeout broke it", bx.broken)
print(issubclass(threading.BrokenBarrierError, RuntimeError))

# Reuse after a successful cycle.
br = threading.Barrier(2)
rounds = []
def two_rounds():
    for r in range(2):
        rounds.append(br.wait() in (0, 1))
t = threading.Thread(target=two_rounds)
t.start()
two_rounds()
t.join()
print(rounds)

# ThreadPoolExecutor: shutdown(wait, cancel_futures), initializer, broken pools.
import concurrent.futures as cf
import threading

gate = threading.Event()
started = threading.Event()


def blocker():
    started.set()
    gate.wait()
    return "blocker done"


ex = cf.ThreadPoolExecutor(max_workers=1)
first = ex.submit(blocker)
started.wait(30)
queued = [ex.submit(pow, 2, i) for i in range(5)]
print(first.running(), [f.running() for f in queued])
ex.shutdown(wait=False, cancel_futures=True)
print([f.cancelled() for f in queued])
gate.set()
print(first.result(timeout=30))
ex.shutdown()
print(first.done(), all(f.done() for f in queued))

# shutdown(wait=True) waits for queued work.
ex = cf.ThreadPoolExecutor(max_workers=2)
fs = [ex.submit(sum, range(i * 100)) for i in range(10)]
ex.shutdown(wait=True)
print([f.result() for f in fs])
print(all(not t.is_alive() for t in ex._threads))
ex.shutdown()
print("second shutdown ok")

# Cancelling a pending future before it runs.
gate2 = threading.Event()
ex = cf.ThreadPoolExecutor(max_workers=1)
busy = ex.submit(gate2.wait)
pending = ex.submit(lambda: "never")
print(pending.cancel(), pending.cancelled())
gate2.set()
ex.shutdown()
print(busy.result(), pending.cancelled())
try:
    pending.result()
except cf.CancelledError as e:
    print(type(e).__name__)

# An initializer runs once per worker thread.
inits = []
ilock = threading.Lock()


def init(tag):
    with ilock:
        inits.append((tag, threading.current_thread().name))


with cf.ThreadPoolExecutor(max_workers=1, initializer=init, initargs=("hello",),
                           thread_name_prefix="initpool") as ex:
    print(ex.submit(lambda: 5).result())
print(inits)

# Callbacks from a pool
seen = []
with cf.ThreadPoolExecutor(2) as ex:
    futs = [ex.submit(lambda x=x: x * 10) for x in range(4)]
    for f in futs:
        f.add_done_callback(lambda fut: seen.append(fut.result()))
print(sorted(seen))


# A failing initializer breaks the pool (the failure is logged to stderr).
def bad_init():
    raise OSError("cannot initialize")


ex = cf.ThreadPoolExecutor(max_workers=1, initializer=bad_init)
f = ex.submit(lambda: 1)
try:
    f.result(timeout=30)
except cf.BrokenExecutor as e:
    print(type(e).__name__, e)
try:
    ex.submit(lambda: 2)
except cf.BrokenExecutor as e:
    print(type(e).__name__, e)
ex.shutdown()
print("end")

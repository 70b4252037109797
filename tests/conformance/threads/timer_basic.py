# Timer: fires once after its interval, or never if cancelled.
import threading

fired = []
done = threading.Event()


def ring(tag, extra=None):
    fired.append((tag, extra))
    done.set()


t = threading.Timer(0.01, ring, args=("first",), kwargs={"extra": 1})
print(isinstance(t, threading.Thread), t.daemon, t.name.startswith("Thread-"))
print(t.interval, t.args, t.kwargs)
t.start()
done.wait(30)
t.join()
print(fired, t.finished.is_set(), t.is_alive())

# Cancelled before it fires.
c = threading.Timer(30, ring, args=("never",))
c.start()
c.cancel()
c.join()
print(fired, c.finished.is_set())

# Cancelled before start: run() returns at once without calling.
c2 = threading.Timer(0, ring, ["never2"])
c2.cancel()
c2.start()
c2.join()
print(fired)

# Defaults for args and kwargs
d = threading.Timer(0, lambda *a, **k: fired.append(("defaults", a, k)))
print(d.args, d.kwargs)
d.start()
d.join()
print(fired[-1])

# Several timers; collect in firing order of a deterministic chain.
chain = []
ev = threading.Event()


def step(n):
    chain.append(n)
    if n < 3:
        threading.Timer(0.001, step, (n + 1,)).start()
    else:
        ev.set()


threading.Timer(0.001, step, (0,)).start()
ev.wait(30)
print(chain)

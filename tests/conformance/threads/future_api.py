# Future objects driven by hand, and wait()/as_completed() on them.
import concurrent.futures as cf
import threading

f = cf.Future()
print(f.done(), f.running(), f.cancelled())
print(repr(f).split(" state=")[1])
try:
    f.result(timeout=0.01)
except cf.TimeoutError as e:
    print("TimeoutError", repr(e))
try:
    f.exception(timeout=0)
except TimeoutError:
    print("exception() timed out too")
print(f.set_running_or_notify_cancel(), f.running())
print(f.cancel(), f.cancelled())
f.set_result(41)
print(f.done(), f.result(), f.exception(), repr(f).split(" state=")[1])
try:
    f.set_result(1)
except cf.InvalidStateError as e:
    print(type(e).__name__, str(e).split(":")[0])
try:
    f.set_exception(ValueError())
except cf.InvalidStateError as e:
    print(type(e).__name__, str(e).split(":")[0])

g = cf.Future()
g.set_exception(KeyError("k"))
print(g.done(), repr(g.exception()), repr(g).split(" state=")[1])
try:
    g.result()
except KeyError as e:
    print("re-raised", repr(e))

# Cancellation
h = cf.Future()
print(h.cancel(), h.cancel(), h.cancelled(), h.done(), h.running())
try:
    h.result()
except cf.CancelledError as e:
    print(type(e).__name__, repr(e))
try:
    h.exception()
except cf.CancelledError:
    print("exception() cancelled")
print(repr(h).split(" state=")[1])
print(h.set_running_or_notify_cancel())
try:
    h.set_result(1)
except cf.InvalidStateError as e:
    print(type(e).__name__, str(e).split(":")[0])

# Callbacks: run on completion, in order, or at once if already done.
calls = []
k = cf.Future()
k.add_done_callback(lambda fut: calls.append(("first", fut.result())))
k.add_done_callback(lambda fut: calls.append(("second", fut.result())))
print(calls)
k.set_result("v")
print(calls)
k.add_done_callback(lambda fut: calls.append(("late", fut.result())))
print(calls)
c = cf.Future()
c.add_done_callback(lambda fut: calls.append(("cancelled", fut.cancelled())))
c.cancel()
print(calls[-1])

# A future completed by another thread wakes result().
p = cf.Future()


def complete():
    p.set_running_or_notify_cancel()
    p.set_result(sum(range(100)))


t = threading.Thread(target=complete)
t.start()
print(p.result(timeout=30))
t.join()

# wait() with the three return conditions.
a, b, x = cf.Future(), cf.Future(), cf.Future()
a.set_result(1)
r = cf.wait([a, b], timeout=0.01)
print(len(r.done), len(r.not_done), r.done == {a})
r = cf.wait([a, b], return_when=cf.FIRST_COMPLETED)
print(len(r.done), len(r.not_done))
x.set_exception(ValueError("x"))
r = cf.wait([a, b, x], return_when=cf.FIRST_EXCEPTION)
print(len(r.done), len(r.not_done), b in r.not_done)
r = cf.wait([a, b], timeout=0.01, return_when=cf.FIRST_EXCEPTION)
print(len(r.done), len(r.not_done))
print(cf.wait([]))
print(repr(cf.wait([a])).startswith("DoneAndNotDoneFutures(done={<Future at"))


def finish_later():
    b.set_result(2)


t = threading.Thread(target=finish_later)
t.start()
r = cf.wait([a, b, x], timeout=30)
t.join()
print(len(r.done), len(r.not_done))

# as_completed: done futures first, then in completion order; timeout.
d1, d2 = cf.Future(), cf.Future()
d1.set_result("d1")
gen = cf.as_completed([d1, d2], timeout=0.05)
print(next(gen).result())
try:
    next(gen)
except cf.TimeoutError as e:
    print(type(e).__name__, e)
print(list(cf.as_completed([])))
print(list(cf.as_completed([d1, d1])) == [d1])

order = []
fs = [cf.Future() for _ in range(3)]


def complete_in_order():
    for i in (2, 0, 1):
        fs[i].set_result(i)
        step.wait(30)
        step.clear()


step = threading.Event()
t = threading.Thread(target=complete_in_order)
t.start()
for fut in cf.as_completed(fs, timeout=30):
    order.append(fut.result())
    step.set()
t.join()
print(order)

try:
    cf.wait([cf.Future()], return_when="SOMETIMES")
except ValueError as e:
    print(type(e).__name__, e)
print(cf.CancelledError.__mro__[1].__name__, issubclass(cf.CancelledError, Exception))
print(issubclass(cf.BrokenExecutor, RuntimeError))

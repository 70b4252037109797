# join(timeout), is_alive, and start/join errors.
import threading

release = threading.Event()


def blocked():
    release.wait()


t = threading.Thread(target=blocked)
try:
    t.join()
except RuntimeError as e:
    print(type(e).__name__, e)
print(t.is_alive(), t.ident)
t.start()
print(t.is_alive(), t.ident is not None, t.native_id is not None)
print(t.join(0.02))
print("still alive after timeout", t.is_alive())
t.join(0)
t.join(-1)
print("alive after zero and negative timeouts", t.is_alive())
release.set()
t.join(30)
print("alive after release", t.is_alive())
t.join()
t.join(0.01)
print("joined twice fine")
try:
    t.start()
except RuntimeError as e:
    print(type(e).__name__, e)

# A thread cannot join itself.
errors = []


def self_join():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        errors.append(str(e))


s = threading.Thread(target=self_join)
s.start()
s.join()
print(errors)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    threading.main_thread().join(0.01)
except RuntimeError as e:
    print(type(e).__name__, e)

# Joining from several threads at once.
gate = threading.Event()
target = threading.Thread(target=gate.wait)
target.start()
joined = []
lock = threading.Lock()


def joiner(k):
    target.join()
    with lock:
        joined.append(k)


js = [threading.Thread(target=joiner, args=(k,)) for k in range(3)]
for j in js:
    j.start()
print("joiners waiting", [j.is_alive() for j in js])
gate.set()
for j in js:
    j.join()
print(sorted(joined), target.is_alive())


# Thread.__init__ not called
class NoInit(threading.Thread):
    def __init__(self):
        pass


n = NoInit()
try:
    n.start()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    n.join()
except RuntimeError as e:
    print(type(e).__name__, e)

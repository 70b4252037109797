# active_count(), enumerate(), main_thread() while threads run.
import threading

print(threading.active_count())
print([t.name for t in threading.enumerate()])
hold = threading.Event()
started = threading.Semaphore(0)


def parked():
    started.release()
    hold.wait()


ts = [threading.Thread(target=parked, name=f"parked-{k}") for k in range(3)]
for t in ts:
    t.start()
for _ in ts:
    started.acquire()
print(threading.active_count())
print(sorted(t.name for t in threading.enumerate()))
print(threading.main_thread() in threading.enumerate())
print(all(t in threading.enumerate() for t in ts))
hold.set()
for t in ts:
    t.join()
print(threading.active_count())
print([t.name for t in threading.enumerate()])
print(any(t in threading.enumerate() for t in ts))

# Seen from inside a thread
inside = []


def look():
    me = threading.current_thread()
    inside.append((threading.active_count(), me in threading.enumerate(),
                   threading.main_thread().name))


t = threading.Thread(target=look)
t.start()
t.join()
print(inside)
print(threading.active_count())
print(sorted(n for n in threading.__all__))

# Event: set, clear, wait with and without timeouts, many waiters.
import threading

e = threading.Event()
print(e.is_set())
print(e.wait(0.01))
print(e.wait(0))
e.set()
print(e.is_set(), e.wait(), e.wait(0), e.wait(5))
e.clear()
print(e.is_set(), e.wait(0.01))

# Many threads wait for one start signal.
go = threading.Event()
arrived = threading.Semaphore(0)
order = []
lock = threading.Lock()


def runner(k):
    arrived.release()
    ok = go.wait(30)
    with lock:
        order.append((k, ok))


ts = [threading.Thread(target=runner, args=(k,)) for k in range(6)]
for t in ts:
    t.start()
for _ in ts:
    arrived.acquire()
print("nobody ran yet:", order)
go.set()
for t in ts:
    t.join()
print(sorted(order))

# Hand-shake in both directions.
ping = threading.Event()
pong = threading.Event()
log = []


def responder():
    for i in range(3):
        ping.wait()
        ping.clear()
        log.append(f"pong {i}")
        pong.set()


t = threading.Thread(target=responder)
t.start()
for i in range(3):
    log.append(f"ping {i}")
    ping.set()
    pong.wait()
    pong.clear()
t.join()
print(log)

# wait() with a timeout that expires while another thread is still busy.
slow = threading.Event()
release = threading.Event()


def late_setter():
    release.wait()
    slow.set()


t = threading.Thread(target=late_setter)
t.start()
print("timed out:", slow.wait(0.02) is False)
release.set()
print("then set:", slow.wait(30))
t.join()

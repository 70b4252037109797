# The process waits for non-daemon threads at exit, not for daemon threads.
import threading
import time

forever = threading.Event()


def daemon_forever():
    forever.wait()
    print("daemon should never print this")


def slow_worker(n):
    time.sleep(0.05)
    for i in range(n):
        print("worker line", i)
    print("worker done")


threading.Thread(target=daemon_forever, daemon=True).start()
t = threading.Thread(target=slow_worker, args=(3,))
t.start()
print("main thread finished its script", t.is_alive())

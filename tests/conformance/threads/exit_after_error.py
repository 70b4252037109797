# An uncaught exception in the main thread still waits for non-daemon threads.
import threading
import time

started = threading.Event()


def finisher():
    started.set()
    time.sleep(0.05)
    print("worker finished after the main thread failed", flush=True)


threading.Thread(target=finisher).start()
started.wait()
print("main about to fail", flush=True)
raise ValueError("main failed")

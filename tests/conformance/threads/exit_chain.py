# Non-daemon threads started by other threads during shutdown are waited for too.
import threading
import time

lock = threading.Lock()


def say(msg):
    with lock:
        print(msg, flush=True)


def grandchild():
    time.sleep(0.02)
    say("grandchild ran")


def child():
    time.sleep(0.02)
    say("child ran")
    threading.Thread(target=grandchild).start()


threading.Thread(target=child).start()
say("main done")

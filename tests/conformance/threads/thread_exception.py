# An uncaught exception in a thread goes to threading.excepthook; the program goes on.
import threading


def fail():
    raise ValueError("boom in thread")


t = threading.Thread(target=fail, name="failer")
t.start()
t.join()
print("main continues", t.is_alive())


def exit_quietly():
    raise SystemExit(3)


t = threading.Thread(target=exit_quietly)
t.start()
t.join()
print("SystemExit in a thread is silent")

results = []


def works():
    results.append("ok")


t = threading.Thread(target=works)
t.start()
t.join()
print(results)


def fail_again():
    raise KeyError("last")


t = threading.Thread(target=fail_again, name="second")
t.start()
t.join()
print("done")

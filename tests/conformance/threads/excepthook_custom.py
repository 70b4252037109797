# Replacing threading.excepthook; ExceptHookArgs.
import sys
import threading

print(threading.excepthook is threading.__excepthook__)
captured = []


def hook(args):
    captured.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                     args.thread is threading.current_thread()))


threading.excepthook = hook


def boom(msg):
    raise RuntimeError(msg)


for i in range(3):
    t = threading.Thread(target=boom, args=(f"failure {i}",), name=f"w{i}")
    t.start()
    t.join()
for c in captured:
    print(c)


def quit_thread():
    sys.exit(0)


t = threading.Thread(target=quit_thread, name="quitter")
t.start()
t.join()
print(captured[-1][0], captured[-1][2])

# ExceptHookArgs behaves like a 4-tuple with named fields.
a = threading.ExceptHookArgs([ValueError, ValueError("v"), None, None])
print(a.exc_type.__name__, a.exc_value, a.exc_traceback, a.thread)
print(len(a), a[0].__name__, isinstance(a, tuple))
try:
    threading.ExceptHookArgs([1, 2, 3])
except TypeError as e:
    print(type(e).__name__, e)
try:
    threading.__excepthook__((1, 2, 3, 4))
except TypeError as e:
    print(type(e).__name__, e)

# The default hook ignores SystemExit and returns None.
print(threading.__excepthook__(threading.ExceptHookArgs([SystemExit, SystemExit(), None, None])))


# A hook that itself fails: the failure is reported, the program continues.
def broken_hook(args):
    raise ZeroDivisionError("hook failed")


threading.excepthook = broken_hook
t = threading.Thread(target=boom, args=("unseen",))
t.start()
t.join()
print("survived a failing hook")

threading.excepthook = threading.__excepthook__
t = threading.Thread(target=boom, args=("default hook again",), name="last")
t.start()
t.join()
print("end")

# An uncaught exception goes through a replaced sys.excepthook, with the exception's type,
# value and traceback; the exit status stays 1.
import sys
import threading


def hook(exc_type, exc, tb):
    print("hook:", exc_type.__name__, exc, type(tb).__name__)
    print("innermost frame:", tb.tb_frame.f_code.co_name if tb.tb_next is None else "more")
    print("same as sys.__excepthook__:", hook is sys.__excepthook__)


sys.excepthook = hook
print(repr(type(threading.Lock())), repr(type(threading.RLock())))
print(type(threading.Lock()).__name__, type(threading.Lock()).__module__)
raise ValueError("boom")

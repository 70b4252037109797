# A replaced sys.excepthook that raises: both exceptions are reported on stderr
# ("Error in sys.excepthook:" ... "Original exception was:" ... the original last).
import sys


def hook(exc_type, exc, tb):
    print("hook called with", exc_type.__name__)
    raise KeyError("in hook")


sys.excepthook = hook
raise ValueError("original")

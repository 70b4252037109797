# atexit: callbacks run at normal exit, last registered first, with their arguments;
# unregister removes every registration of a function; an exception in one callback is
# reported (stderr) and the others still run.
import atexit


def say(*args, **kwargs):
    print("say", args, sorted(kwargs.items()))


def removed():
    print("never printed")


def failing():
    raise RuntimeError("callback failed")


atexit.register(say, 1, 2, key="v")
atexit.register(removed)
atexit.register(failing)
atexit.register(removed)
print(atexit.register(say, "decorated") is say)
atexit.unregister(removed)

try:
    atexit.register(42)
except TypeError as e:
    print(type(e).__name__, e)


@atexit.register
def last():
    print("registered last, runs first")


print("end of main")

def reentrant():
    yield next(me)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)
def with_return():
    yield 1
    return 42
w = with_return()
print(next(w))
try:
    next(w)
except StopIteration as e:
    print("value:", e.value, e.args)
def empty():
    return
    yield
print(list(empty()))
def only_return():
    if False:
        yield
    return "r"
try:
    next(only_return())
except StopIteration as e:
    print("immediate", e.value)
def gen_raises():
    yield 1
    raise KeyError("inside")
try:
    list(gen_raises())
except KeyError as e:
    print(type(e).__name__, e)
def stopiter_inside():
    yield 1
    raise StopIteration("bad")
try:
    list(stopiter_inside())
except RuntimeError as e:
    print(type(e).__name__, e)

def f():
    e = "outer value"
    try:
        raise ValueError("x")
    except ValueError as e:
        inner = e
    try:
        return e
    except UnboundLocalError as err:
        return "UnboundLocalError: " + str(err)
print(f())
try:
    raise KeyError("saved")
except KeyError as exc:
    saved = exc
print(repr(saved))
print("exc" in dir() if False else "skip dir")
def g():
    try:
        raise ValueError
    except ValueError as e:
        pass
    return "e" in locals() if False else "skip locals"
print(g())

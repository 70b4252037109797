class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            print("suppressed", et.__name__, ev)
            return True
        return False
with Suppress(ZeroDivisionError):
    1 / 0
print("after suppressed")
with Suppress(KeyError, IndexError):
    [][5]
print("after second")
try:
    with Suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("escaped", e)
class Truthy:
    def __enter__(self):
        pass
    def __exit__(self, *a):
        return "non-empty string is truthy"
with Truthy():
    raise RuntimeError("swallowed")
print("truthy return suppresses")
class Falsy:
    def __enter__(self):
        pass
    def __exit__(self, *a):
        return 0
try:
    with Falsy():
        raise RuntimeError("kept")
except RuntimeError as e:
    print("falsy return propagates", e)
def g():
    for i in range(3):
        with Suppress(ValueError):
            if i == 1:
                raise ValueError(i)
            print("iteration", i)
    return "done"
print(g())

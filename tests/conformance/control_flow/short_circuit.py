log = []
def f(v, name):
    log.append(name)
    return v
print(f(0, "a") and f(1, "b"), log)
log.clear()
print(f(1, "a") and f(2, "b"), log)
log.clear()
print(f(1, "a") or f(2, "b"), log)
log.clear()
print(f(0, "a") or f(0, "b") or f(3, "c"), log)
log.clear()
print(f([], "a") or f({}, "b"), log)
log.clear()
print(not f(0, "a") and f("x", "b"), log)
log.clear()
print(f(1, "a") and f(0, "b") or f("z", "c"), log)
log.clear()
print(all(f(v, str(v)) for v in [1, 2, 0, 3]), log)
log.clear()
print(any(f(v, str(v)) for v in [0, 0, 5, 6]), log)
d = {}
print(d.get("x") or "default", None or 0 or "" or "last")
value = None
print(value is not None and value > 3)

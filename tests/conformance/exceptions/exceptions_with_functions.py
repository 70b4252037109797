def safe(fn, *args, default=None):
    try:
        return fn(*args)
    except Exception as e:
        return f"{default} ({type(e).__name__}: {e})"
print(safe(int, "12"), safe(int, "zz"), safe(lambda: 1 / 0), safe(dict.__getitem__, {}, "k"), safe(len, 5))
def retry(fn, attempts):
    for i in range(attempts):
        try:
            return fn(i)
        except ValueError as e:
            print("attempt", i, "failed:", e)
    raise RuntimeError(f"all {attempts} attempts failed")
def flaky(i):
    if i < 2:
        raise ValueError(f"not yet ({i})")
    return f"succeeded on {i}"
print(retry(flaky, 5))
try:
    retry(flaky, 2)
except RuntimeError as e:
    print(type(e).__name__, e)
def cleanup_order():
    out = []
    def step(name, fail=False):
        out.append(name)
        if fail:
            raise ValueError(name)
    try:
        try:
            step("a")
            step("b", fail=True)
            step("c")
        finally:
            step("cleanup1")
    except ValueError as e:
        step("handled " + str(e))
    finally:
        step("cleanup2")
    return out
print(cleanup_order())

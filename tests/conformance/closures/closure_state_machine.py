def make_turnstile():
    state = "locked"
    log = []
    def event(e):
        nonlocal state
        if state == "locked" and e == "coin":
            state = "unlocked"
        elif state == "unlocked" and e == "push":
            state = "locked"
        log.append((e, state))
        return state
    return event, log
ev, log = make_turnstile()
for e in ["push", "coin", "coin", "push", "push", "coin"]:
    ev(e)
print(log)
def make_fib():
    a, b = 0, 1
    def nxt():
        nonlocal a, b
        r = a
        a, b = b, a + b
        return r
    return nxt
f = make_fib()
print([f() for _ in range(15)])
def running_avg():
    total = 0.0
    n = 0
    def add(v):
        nonlocal total, n
        total += v
        n += 1
        return total / n
    return add
avg = running_avg()
print([avg(v) for v in [10, 20, 30, 40]])

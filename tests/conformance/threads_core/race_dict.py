# Race on purpose: writers add keys to one growing dict, deleters remove some, readers
# look keys up and iterate, one thread clears and refills a second dict. Never a crash;
# the final keys are deterministic.
import _thread

T = 4
PER = 3000
d = {}
other = {}
stop = [False]
seen = {"ok": 0, "runtime": 0, "bad": 0}

def run(fns):
    dones = []
    for f, a in fns:
        lk = _thread.allocate_lock()
        lk.acquire()
        dones.append(lk)
        def boot(f=f, a=a, lk=lk):
            try:
                f(*a)
            finally:
                lk.release()
        _thread.start_new_thread(boot, ())
    return dones

def writer(t):
    for i in range(PER):
        d["k%d_%d" % (t, i)] = i
        d[(t, i)] = t
        if i % 3 == 0:
            del d["k%d_%d" % (t, i)]
        if i % 7 == 0:
            d.pop((t, i))
        d["shared"] = i

def reader(t):
    while True:
        for t2 in range(T):
            v = d.get("k%d_%d" % (t2, 5))
            if v is not None and v != 5:
                seen["bad"] += 1
            v = d.get((t2, 8))
            if v is not None and v != t2:
                seen["bad"] += 1
        try:
            for k in d:
                pass
            seen["ok"] += 1
        except RuntimeError:
            seen["runtime"] += 1
        list(d.items())
        len(d)
        "shared" in d
        if stop[0]:
            break

def churn(t):
    for i in range(300):
        other.clear()
        for j in range(50):
            other[j] = j
        other.update({"x": 1, "y": 2})
        other.setdefault("z", 3)
        other.popitem()

readers = run([(reader, (0,)), (reader, (1,)), (churn, (2,))])
workers = run([(writer, (t,)) for t in range(T)])
for w in workers:
    w.acquire()
stop[0] = True
for r in readers:
    r.acquire()

expect = set()
for t in range(T):
    for i in range(PER):
        if i % 3:
            expect.add("k%d_%d" % (t, i))
        if i % 7:
            expect.add((t, i))
expect.add("shared")
print("keys match", set(d) == expect, len(d) == len(expect))
print("values ok", all(d[(t, i)] == t for (t, i) in [k for k in d if isinstance(k, tuple)]))
print("bad reads", seen["bad"])
print("iterations", seen["ok"] + seen["runtime"] > 0)
print("other", sorted(other.items(), key=repr)[:3], len(other))

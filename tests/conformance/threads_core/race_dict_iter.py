# Race on purpose: threads iterate a dict and a set that another thread keeps mutating.
# Each iteration either completes with a consistent view or raises RuntimeError.
import _thread

d = {i: i for i in range(200)}
s = set(range(200))
stop = [False]
outcomes = {"done": 0, "changed": 0, "bad": 0}

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

def mutator(t):
    for r in range(400):
        for i in range(200, 260):
            d[i] = i
            s.add(i)
        for i in range(200, 260):
            del d[i]
            s.discard(i)
    stop[0] = True

def iterate(t):
    while True:
        try:
            for k, v in d.items():
                if k != v:
                    outcomes["bad"] += 1
            for x in s:
                if not isinstance(x, int):
                    outcomes["bad"] += 1
            outcomes["done"] += 1
        except RuntimeError as e:
            if "changed size during iteration" in str(e):
                outcomes["changed"] += 1
            else:
                outcomes["bad"] += 1
        sorted(d)
        list(s)
        if stop[0]:
            break

ds = run([(mutator, (0,)), (iterate, (1,)), (iterate, (2,)), (iterate, (3,))])
for x in ds:
    x.acquire()
print(len(d), len(s), sorted(d) == list(range(200)), sorted(s) == list(range(200)))
print("bad", outcomes["bad"])

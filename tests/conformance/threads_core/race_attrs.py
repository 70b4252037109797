# Race on purpose: threads write, read and delete attributes of one shared object (enough
# of them to switch its storage to a dict while others read), and of shared class and
# closure cells. Never a crash; final values are checked.
import _thread

T = 4
PER = 2000

class Obj:
    pass

o = Obj()
o.shared = 0
stop = [False]
bad = [0]

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
        setattr(o, "a%d" % t, i)
        o.shared = i
        if i % 100 == 0:
            setattr(o, "x%d_%d" % (t, i // 100), i)
        if i % 250 == 0:
            setattr(o, "tmp%d" % t, 1)
            delattr(o, "tmp%d" % t)

def reader(t):
    while True:
        for t2 in range(T):
            v = getattr(o, "a%d" % t2, None)
            if v is not None and not isinstance(v, int):
                bad[0] += 1
        o.shared
        vars(o)
        hasattr(o, "missing")
        if stop[0]:
            break

def make_counter():
    n = 0
    def bump():
        nonlocal n
        n += 1
        return n
    def get():
        return n
    return bump, get

bump, get = make_counter()

def cell_user(t):
    for i in range(3000):
        bump()
        get()
    while True:
        get()
        if stop[0]:
            break

readers = run([(reader, (0,)), (reader, (1,)), (cell_user, (2,))])
workers = run([(writer, (t,)) for t in range(T)])
for w in workers:
    w.acquire()
stop[0] = True
for r in readers:
    r.acquire()

print([getattr(o, "a%d" % t) for t in range(T)])
print(o.shared == PER - 1)
print(sorted(k for k in vars(o) if k.startswith("x")) == sorted("x%d_%d" % (t, j) for t in range(T) for j in range(PER // 100)))
print(any(k.startswith("tmp") for k in vars(o)), bad[0], get())

# Thread names, daemon flags and repr.
import threading


def job():
    pass


def named_func():
    pass


class Callable:
    def __call__(self):
        pass


main = threading.current_thread()
print(main.name, main.daemon, main is threading.main_thread())
print(type(main).__name__)
print(repr(main).replace(str(main.ident), "ID"))

t1 = threading.Thread()
t2 = threading.Thread(target=job)
t3 = threading.Thread(target=named_func, name="custom")
t4 = threading.Thread(target=Callable())
t5 = threading.Thread(name=42)
t6 = threading.Thread(target=lambda: None)
for t in (t1, t2, t3, t4, t5, t6):
    print(repr(t.name), t.daemon, repr(t))

t = threading.Thread(target=job, name="renamed")
t.name = "new name"
print(t.name)
t.name = 123
print(repr(t.name))

d = threading.Thread(target=job, daemon=True)
print(d.daemon, repr(d))
d.daemon = False
print(d.daemon)
d.daemon = True
d.start()
d.join()
try:
    d.daemon = False
except RuntimeError as e:
    print(type(e).__name__, e)
print(repr(d).replace(str(d.ident), "ID"))

# Daemon status is inherited from the creating thread.
inherited = {}


def creator(tag):
    child = threading.Thread(target=job)
    inherited[tag] = (threading.current_thread().daemon, child.daemon)
    explicit = threading.Thread(target=job, daemon=False)
    inherited[tag + " explicit"] = explicit.daemon


a = threading.Thread(target=creator, args=("from daemon",), daemon=True)
b = threading.Thread(target=creator, args=("from normal",))
a.start()
b.start()
a.join()
b.join()
for k in sorted(inherited):
    print(k, inherited[k])

# current_thread() inside a thread is the Thread object.
seen = []


def who():
    me = threading.current_thread()
    seen.append((me.name, me is worker, me.ident == threading.get_ident(),
                 me.native_id == threading.get_native_id()))


worker = threading.Thread(target=who, name="who-am-i")
worker.start()
worker.join()
print(seen)
print(repr(worker).replace(str(worker.ident), "ID"))


class Sub(threading.Thread):
    pass


s = Sub(target=job)
print(repr(s)[:5], s.name.endswith("(job)"))
print(threading.get_ident() == main.ident, isinstance(threading.get_native_id(), int))

# The _thread module's API: argument errors, lock and RLock behaviour, stack_size,
# thread-local objects, sys switch interval. Deterministic (one thread at a time).
import _thread
import sys

def show(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

l = _thread.allocate_lock()
for args in [(False, 1), (True, -2), (True, 1e20), ("x",), (True, "a"), (1, 2, 3), (None,)]:
    try:
        print(l.acquire(*args))
        l.release()
    except Exception as e:
        print(type(e).__name__, e)
show(l.acquire, timeout=-5)
show(l.acquire, blocking=False, timeout=2)
show(l.release)
print(l.acquire(blocking=False), l.acquire(False), l.acquire(timeout=0.01), l.locked())
print(l.acquire(True, 0), l.acquire(1, 0.001))
print(l.__exit__(None, None, None), l.locked(), l.__enter__(), l.locked())
l.release()
print(l.acquire_lock(), l.locked_lock(), l.release_lock(), l.locked())
with l:
    print("inside", l.locked())
print("after", l.locked())
print(type(l).__name__, type(l).__module__, type(l) is _thread.LockType)
show(_thread.LockType)
print(_thread.error is RuntimeError, _thread.TIMEOUT_MAX)

for a in [(), (1,), (print, 1), (print, (), 1), (print, (), {}, 1), (1, ())]:
    show(_thread.start_new_thread, *a)

r = _thread.RLock()
show(r.release)
show(r._release_save)
print(r._is_owned(), r.acquire(), r.acquire(), r._recursion_count(), r._is_owned())
s = r._release_save()
print(s[0], s[1] == _thread.get_ident(), r._is_owned(), r._recursion_count())
r._acquire_restore(s)
print(r._recursion_count(), r._is_owned())
r.release()
r.release()
print(r._is_owned(), r.acquire(False), r.acquire(blocking=False), r._recursion_count())
show(r.acquire, False, 1)
r.release(); r.release()
with r:
    with r:
        print("nested", r._recursion_count())
print(r._recursion_count())

class MyRLock(_thread.RLock):
    pass
m = MyRLock()
m.tag = "sub"
with m:
    print(type(m).__name__, m.tag, m._is_owned())

print(_thread.stack_size())
for v in [1000, -1, "x", 40000, 1.5]:
    show(_thread.stack_size, v)
print(_thread.stack_size(0))
print(type(_thread.get_ident()), _thread.get_ident() == _thread.get_ident())
print(type(_thread.get_native_id()))
print(_thread._count())

show(_thread._local, 1)
loc = _thread._local()
show(setattr, loc, "__dict__", {})
show(delattr, loc, "x")
show(getattr, loc, "x")
loc.x = 5
print(loc.x, loc.__dict__)
del loc.x
print(loc.__dict__)

class MyLocal(_thread._local):
    count = 0
    def __init__(self, a, b=2):
        self.a = a
        self.b = b
    def total(self):
        return self.a + self.b
ml = MyLocal(1, b=10)
print(ml.total(), ml.count, sorted(ml.__dict__.items()))

for v in [0, -1, "x", 0.5, 2, 0.005]:
    try:
        sys.setswitchinterval(v)
        print(sys.getswitchinterval())
    except Exception as e:
        print(type(e).__name__, e)
show(sys.setswitchinterval)
print(sys.__excepthook__ is sys.excepthook, callable(sys.excepthook))

# Threads started with _thread directly appear as _DummyThread objects.
import _thread
import threading

info = []
done = threading.Event()


def raw():
    me = threading.current_thread()
    info.append((type(me).__name__, me.name.startswith("Dummy-"), me.daemon,
                 me.is_alive(), me.ident == threading.get_ident(),
                 me is threading.current_thread(), me in threading.enumerate()))
    done.set()


_thread.start_new_thread(raw, ())
done.wait(30)
print(info)
print(isinstance(threading.current_thread(), threading.Thread))

lock = _thread.allocate_lock()
print(lock.acquire(), lock.locked())
lock.release()
result = []
finished = _thread.allocate_lock()
finished.acquire()


def raw_with_args(a, b, c=0):
    result.append(a + b + c)
    finished.release()


_thread.start_new_thread(raw_with_args, (1, 2), {"c": 3})
finished.acquire()
print(result)
print(_thread.get_ident() == threading.get_ident())

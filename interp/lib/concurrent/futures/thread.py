# concurrent.futures.thread: ThreadPoolExecutor (CPython 3.11 behaviour), written for weft.
#
# Owns: the worker threads of thread pools, their shared work queue, and the exit hook
# (registered with threading._register_atexit) that stops every pool's workers before
# the interpreter joins non-daemon threads.
#
# Must not: depend on modules weft may lack. os.cpu_count, weakref and itertools are used
# when present. Without weakref a worker holds its executor strongly, so an executor that
# is dropped without shutdown() keeps its idle workers until interpreter exit (where the
# exit hook stops them) instead of until it is garbage-collected.

from concurrent.futures import _base
import queue
import threading

try:
    import weakref as _weakref
except ImportError:
    _weakref = None


def _cpu_count():
    try:
        from os import cpu_count
    except ImportError:
        return None
    return cpu_count()


class _StrongRef:
    # Stands in for weakref.ref when weakref is unavailable.
    __slots__ = ("_obj",)

    def __init__(self, obj):
        self._obj = obj

    def __call__(self):
        return self._obj


# Every live worker thread -> its pool's work queue, for the exit hook.
_threads_queues = {}
_threads_queues_lock = threading.Lock()
_shutdown = False
# Held while checking _shutdown in submit(), so no work is queued after the exit hook ran.
_global_shutdown_lock = threading.Lock()


def _python_exit():
    global _shutdown
    with _global_shutdown_lock:
        _shutdown = True
    with _threads_queues_lock:
        items = list(_threads_queues.items())
    for t, q in items:
        q.put(None)
    for t, q in items:
        t.join()


threading._register_atexit(_python_exit)


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            # Break the cycle exception -> traceback -> frame -> self -> future.
            self = None
        else:
            self.future.set_result(result)


def _worker(executor_reference, work_queue, initializer, initargs):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            _base.LOGGER.critical("Exception in initializer:", exc_info=True)
            executor = executor_reference()
            if executor is not None:
                executor._initializer_failed()
            return
    try:
        while True:
            work_item = work_queue.get(block=True)
            if work_item is not None:
                work_item.run()
                del work_item
                # Tell the executor one more worker is idle.
                executor = executor_reference()
                if executor is not None:
                    executor._idle_semaphore.release()
                del executor
                continue

            # None is the wake-up call: exit if the interpreter or the executor is
            # shutting down (or the executor is gone), passing the call on to the next
            # worker.
            executor = executor_reference()
            if _shutdown or executor is None or executor._shutdown:
                if executor is not None:
                    executor._shutdown = True
                work_queue.put(None)
                return
            del executor
    except BaseException:
        _base.LOGGER.critical("Exception in worker", exc_info=True)
    finally:
        with _threads_queues_lock:
            _threads_queues.pop(threading.current_thread(), None)


class BrokenThreadPool(_base.BrokenExecutor):
    """Raised when a worker thread in a ThreadPoolExecutor failed initializing."""


_pool_counter = 0
_pool_counter_lock = threading.Lock()


def _next_pool_number():
    global _pool_counter
    with _pool_counter_lock:
        n = _pool_counter
        _pool_counter += 1
    return n


class ThreadPoolExecutor(_base.Executor):

    def __init__(self, max_workers=None, thread_name_prefix="",
                 initializer=None, initargs=()):
        """Initializes a new ThreadPoolExecutor instance.

        max_workers defaults to min(32, os.cpu_count() + 4); thread_name_prefix names the
        worker threads; initializer(*initargs) runs at the start of each worker.
        """
        if max_workers is None:
            # At least 5 workers for I/O-bound work, at most 32 to bound memory.
            max_workers = min(32, (_cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")

        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")

        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        self._thread_name_prefix = (thread_name_prefix or
                                    ("ThreadPoolExecutor-%d" % _next_pool_number()))
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock, _global_shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)

            if self._shutdown:
                raise RuntimeError("cannot schedule new futures after shutdown")
            if _shutdown:
                raise RuntimeError("cannot schedule new futures after "
                                   "interpreter shutdown")

            f = _base.Future()
            w = _WorkItem(f, fn, args, kwargs)

            self._work_queue.put(w)
            self._adjust_thread_count()
            return f
    submit.__doc__ = _base.Executor.submit.__doc__

    def _adjust_thread_count(self):
        # An idle worker will pick the new item up.
        if self._idle_semaphore.acquire(timeout=0):
            return

        num_threads = len(self._threads)
        if num_threads < self._max_workers:
            thread_name = "%s_%d" % (self._thread_name_prefix or self, num_threads)
            if _weakref is not None:
                # When the executor is collected, wake a worker so that they all exit.
                def on_collect(_, q=self._work_queue):
                    q.put(None)
                ref = _weakref.ref(self, on_collect)
            else:
                ref = _StrongRef(self)
            t = threading.Thread(name=thread_name, target=_worker,
                                 args=(ref, self._work_queue,
                                       self._initializer, self._initargs))
            with _threads_queues_lock:
                _threads_queues[t] = self._work_queue
            t.start()
            self._threads.add(t)

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ("A thread initializer failed, the thread pool "
                            "is not usable anymore")
            # Fail every pending future.
            while True:
                try:
                    work_item = self._work_queue.get_nowait()
                except queue.Empty:
                    break
                if work_item is not None:
                    work_item.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                # Cancel every queued item that no worker has taken yet.
                while True:
                    try:
                        work_item = self._work_queue.get_nowait()
                    except queue.Empty:
                        break
                    if work_item is not None:
                        work_item.future.cancel()

            # Wake the workers so they notice the shutdown.
            self._work_queue.put(None)
        if wait:
            for t in self._threads:
                t.join()
    shutdown.__doc__ = _base.Executor.shutdown.__doc__

# threading: the high-level thread API (CPython 3.11 behaviour), written for weft.
#
# Owns: Thread and its bookkeeping (the _active/_limbo registries, names, join and the
# process-exit join of non-daemon threads in _shutdown), the synchronisation objects built
# on _thread's locks (Condition, Semaphore, BoundedSemaphore, Event, Barrier), Timer,
# excepthook/ExceptHookArgs, _DummyThread for threads started by _thread directly.
#
# Must not: use anything from _thread beyond start_new_thread, allocate_lock/LockType,
# RLock, get_ident, get_native_id, _count, TIMEOUT_MAX, error, stack_size and _local (the
# runtime provides exactly those), nor import modules weft may not have (collections,
# itertools, weakref, os, traceback) unconditionally.
#
# Differences from CPython, by design:
# - A thread's "done" lock (what join() and _shutdown() wait on) is allocated and held by
#   start() and released by the thread itself as the last step of its bootstrap, instead
#   of being released by the runtime after the thread state is freed.
# - settrace()/setprofile() record the hook and install it in each new thread through
#   sys.settrace/sys.setprofile when the runtime provides those; weft has no tracing yet,
#   so on weft the hooks are recorded (gettrace/getprofile return them) but never called.

import sys as _sys
import _thread

from time import monotonic as _time

__all__ = [
    "get_ident", "active_count", "Condition", "current_thread", "enumerate",
    "main_thread", "TIMEOUT_MAX", "Event", "Lock", "RLock", "Semaphore",
    "BoundedSemaphore", "Thread", "Barrier", "BrokenBarrierError", "Timer",
    "ThreadError", "setprofile", "settrace", "local", "stack_size", "excepthook",
    "ExceptHookArgs", "gettrace", "getprofile", "get_native_id",
]

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
_HAVE_THREAD_NATIVE_ID = True
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
stack_size = _thread.stack_size
_CRLock = _thread.RLock
local = _thread._local
Lock = _allocate_lock

del _thread


def _deprecated(old, new):
    try:
        import warnings
    except ImportError:
        return
    warnings.warn(f"{old}() is deprecated, use {new}() instead",
                  DeprecationWarning, stacklevel=3)


# ---- tracing and profiling hooks ---------------------------------------------------------

_trace_hook = None
_profile_hook = None


def setprofile(func):
    """Set a profile function for all threads started from the threading module."""
    global _profile_hook
    _profile_hook = func


def getprofile():
    """Get the profiler function as set by threading.setprofile()."""
    return _profile_hook


def settrace(func):
    """Set a trace function for all threads started from the threading module."""
    global _trace_hook
    _trace_hook = func


def gettrace():
    """Get the trace function as set by threading.settrace()."""
    return _trace_hook


# ---- locks -------------------------------------------------------------------------------

def RLock(*args, **kwargs):
    """Factory function that returns a new reentrant lock."""
    return _CRLock(*args, **kwargs)


class Condition:
    """Class that implements a condition variable.

    A condition variable allows one or more threads to wait until they are notified by
    another thread. If the lock argument is given and not None, it must be a Lock or
    RLock object, and it is used as the underlying lock. Otherwise, a new RLock object is
    created and used as the underlying lock.
    """

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        # Reentrant locks know how to drop every level of ownership and get it back;
        # plain locks use the generic versions defined below.
        for name in ("_release_save", "_acquire_restore", "_is_owned"):
            method = getattr(lock, name, None)
            if method is not None:
                setattr(self, name, method)
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, state):
        self._lock.acquire()

    def _is_owned(self):
        # A plain lock has no owner: "owned" here means "held by someone".
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        """Wait until notified or until a timeout occurs."""
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        # Each waiter blocks on its own private lock, which notify() releases.
        gate = _allocate_lock()
        gate.acquire()
        self._waiters.append(gate)
        state = self._release_save()
        woken = False
        try:
            if timeout is None:
                gate.acquire()
                woken = True
            elif timeout > 0:
                woken = gate.acquire(True, timeout)
            else:
                woken = gate.acquire(False)
            return woken
        finally:
            self._acquire_restore(state)
            if not woken:
                try:
                    self._waiters.remove(gate)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        """Wait until a condition evaluates to True."""
        deadline = None
        remaining = timeout
        result = predicate()
        while not result:
            if remaining is not None:
                if deadline is None:
                    deadline = _time() + remaining
                else:
                    remaining = deadline - _time()
                    if remaining <= 0:
                        break
            self.wait(remaining)
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up one or more threads waiting on this condition, if any."""
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        while waiters and n > 0:
            gate = waiters[0]
            try:
                gate.release()
            except RuntimeError:
                # Already released by an earlier notify() that was interrupted before
                # it could drop the gate from the list.
                pass
            else:
                n -= 1
            try:
                waiters.remove(gate)
            except ValueError:
                pass

    def notify_all(self):
        """Wake up all threads waiting on this condition."""
        self.notify(len(self._waiters))

    def notifyAll(self):
        """Wake up all threads waiting on this condition (deprecated alias)."""
        _deprecated("notifyAll", "notify_all")
        self.notify_all()


class Semaphore:
    """This class implements semaphore objects.

    Semaphores manage a counter representing the number of release() calls minus the
    number of acquire() calls, plus an initial value.
    """

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}>")

    def acquire(self, blocking=True, timeout=None):
        """Acquire a semaphore, decrementing the internal counter by one."""
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        deadline = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    return False
                if timeout is not None:
                    if deadline is None:
                        deadline = _time() + timeout
                    else:
                        timeout = deadline - _time()
                        if timeout <= 0:
                            return False
                self._cond.wait(timeout)
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        """Release a semaphore, incrementing the internal counter by one or more."""
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A bounded semaphore checks that its value never exceeds its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}/{self._initial_value}>")

    def release(self, n=1):
        """Release a semaphore, incrementing the internal counter by one or more."""
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


class Event:
    """Class implementing event objects: a flag that threads can wait for."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        status = "set" if self._flag else "unset"
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: {status}>"

    def is_set(self):
        """Return true if and only if the internal flag is true."""
        return self._flag

    def isSet(self):
        """Return true if and only if the internal flag is true (deprecated alias)."""
        _deprecated("isSet", "is_set")
        return self.is_set()

    def set(self):
        """Set the internal flag to true, waking every waiting thread."""
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        """Reset the internal flag to false."""
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        """Block until the internal flag is true, or until the optional timeout."""
        with self._cond:
            if self._flag:
                return True
            return self._cond.wait(timeout)


# Barrier states.
_FILLING = 0
_DRAINING = 1
_RESETTING = -1
_BROKEN = -2


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """Implements a Barrier: a fixed number of threads wait for each other."""

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = _FILLING
        self._count = 0

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: broken>"
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" waiters={self.n_waiting}/{self.parties}>")

    def wait(self, timeout=None):
        """Wait for the barrier; returns this thread's index in 0 .. parties-1."""
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            # Threads arriving while the previous round is still draining (or being
            # reset) wait for it to finish first.
            while self._state in (_DRAINING, _RESETTING):
                self._cond.wait()
            if self._state < 0:
                raise BrokenBarrierError
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._trip()
                else:
                    self._await_trip(timeout)
                return index
            finally:
                self._count -= 1
                self._leave()

    def _trip(self):
        try:
            if self._action:
                self._action()
            self._state = _DRAINING
            self._cond.notify_all()
        except BaseException:
            self._break()
            raise

    def _await_trip(self, timeout):
        if not self._cond.wait_for(lambda: self._state != _FILLING, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError

    def _leave(self):
        # The last thread out of a draining or resetting barrier reopens it.
        if self._count == 0 and self._state in (_DRAINING, _RESETTING):
            self._state = _FILLING
            self._cond.notify_all()

    def reset(self):
        """Reset the barrier to the initial state; waiting threads get BrokenBarrierError."""
        with self._cond:
            if self._count > 0:
                if self._state in (_FILLING, _BROKEN):
                    self._state = _RESETTING
            else:
                self._state = _FILLING
            self._cond.notify_all()

    def abort(self):
        """Place the barrier into a 'broken' state."""
        with self._cond:
            self._break()

    def _break(self):
        self._state = _BROKEN
        self._cond.notify_all()

    @property
    def parties(self):
        """Return the number of threads required to trip the barrier."""
        return self._parties

    @property
    def n_waiting(self):
        """Return the number of threads currently waiting at the barrier."""
        if self._state == _FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        """Return True if the barrier is in a broken state."""
        return self._state == _BROKEN


# ---- thread registry ---------------------------------------------------------------------

_name_counter = 0
_name_counter_lock = _allocate_lock()


def _newname(template="Thread-%d"):
    global _name_counter
    with _name_counter_lock:
        _name_counter += 1
        n = _name_counter
    return template % n


_active_limbo_lock = RLock()
_active = {}    # ident -> Thread, for running threads
_limbo = {}     # Thread -> Thread, for threads started but not yet running

# The "done" locks of non-daemon threads, which _shutdown() waits for.
_shutdown_locks_lock = _allocate_lock()
_shutdown_locks = set()


def _maintain_shutdown_locks():
    # Drop the locks of threads that have already finished.
    finished = [lock for lock in _shutdown_locks if not lock.locked()]
    _shutdown_locks.difference_update(finished)


class Thread:
    """A class that represents a thread of control.

    This class can be safely subclassed in a limited fashion: override run() (and
    __init__(), calling Thread.__init__() first).
    """

    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None,
                 *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += f" ({target.__name__})"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._tstate_lock = None
        self._started = Event()
        self._is_stopped = False
        self._initialized = True
        self._stderr = _sys.stderr
        self._invoke_excepthook = _make_invoke_excepthook()

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        self.is_alive()  # notices a finished thread
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        """Start the thread's activity; at most once per thread object."""
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        done = _allocate_lock()
        done.acquire()
        self._tstate_lock = done
        if not self._daemonic:
            with _shutdown_locks_lock:
                _maintain_shutdown_locks()
                _shutdown_locks.add(done)
        with _active_limbo_lock:
            _limbo[self] = self
        try:
            _start_new_thread(self._bootstrap, ())
        except Exception:
            with _active_limbo_lock:
                del _limbo[self]
            with _shutdown_locks_lock:
                _shutdown_locks.discard(done)
            self._tstate_lock = None
            raise
        self._started.wait()

    def run(self):
        """Method representing the thread's activity; calls the target by default."""
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Break reference cycles through the target's arguments.
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        done = self._tstate_lock
        try:
            self._ident = get_ident()
            self._native_id = get_native_id()
            self._started.set()
            with _active_limbo_lock:
                _active[self._ident] = self
                del _limbo[self]
            if _trace_hook is not None and hasattr(_sys, "settrace"):
                _sys.settrace(_trace_hook)
            if _profile_hook is not None and hasattr(_sys, "setprofile"):
                _sys.setprofile(_profile_hook)
            try:
                self.run()
            except BaseException:
                self._invoke_excepthook(self)
        finally:
            with _active_limbo_lock:
                try:
                    del _active[get_ident()]
                except KeyError:
                    pass
            done.release()

    def _stop(self):
        lock = self._tstate_lock
        self._is_stopped = True
        self._tstate_lock = None
        if lock is not None and not self._daemonic:
            with _shutdown_locks_lock:
                _shutdown_locks.discard(lock)

    def _wait_for_tstate_lock(self, block=True, timeout=-1):
        lock = self._tstate_lock
        if lock is None:
            # Already known to be finished.
            return
        try:
            if lock.acquire(block, timeout):
                lock.release()
                self._stop()
        except BaseException:
            if lock.locked():
                lock.release()
                self._stop()
            raise

    def join(self, timeout=None):
        """Wait until the thread terminates, or until the optional timeout expires."""
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is None:
            self._wait_for_tstate_lock()
        else:
            self._wait_for_tstate_lock(timeout=max(timeout, 0))

    def is_alive(self):
        """Return whether the thread is alive."""
        assert self._initialized, "Thread.__init__() not called"
        if self._is_stopped or not self._started.is_set():
            return False
        self._wait_for_tstate_lock(False)
        return not self._is_stopped

    @property
    def name(self):
        """A string used for identification purposes only."""
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        """Thread identifier of this thread or None if it has not been started."""
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        """Native integral thread ID of this thread, or None if it has not been started."""
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    @property
    def daemon(self):
        """A boolean value indicating whether this thread is a daemon thread."""
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        """Return whether this thread is a daemon (deprecated)."""
        _deprecated("isDaemon", "daemon attribute")
        return self.daemon

    def setDaemon(self, daemonic):
        """Set whether this thread is a daemon (deprecated)."""
        _deprecated("setDaemon", "daemon attribute")
        self.daemon = daemonic

    def getName(self):
        """Return a string used for identification purposes only (deprecated)."""
        _deprecated("getName", "name attribute")
        return self.name

    def setName(self, name):
        """Set the name string for this thread (deprecated)."""
        _deprecated("setName", "name attribute")
        self.name = name


# ---- excepthook --------------------------------------------------------------------------

class ExceptHookArgs(tuple):
    """The arguments of threading.excepthook: exc_type, exc_value, exc_traceback, thread."""

    __slots__ = ()

    def __new__(cls, sequence):
        items = tuple(sequence)
        if len(items) != 4:
            raise TypeError("_thread._ExceptHookArgs() takes a 4-sequence "
                            f"({len(items)}-sequence given)")
        return tuple.__new__(cls, items)

    @property
    def exc_type(self):
        """Exception type"""
        return self[0]

    @property
    def exc_value(self):
        """Exception value"""
        return self[1]

    @property
    def exc_traceback(self):
        """Exception traceback"""
        return self[2]

    @property
    def thread(self):
        """Thread"""
        return self[3]

    def __repr__(self):
        return ("_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, "
                "exc_traceback=%r, thread=%r)" % tuple(self))

    def __reduce__(self):
        return (ExceptHookArgs, (tuple(self),))


def _print_exception(exc_type, exc_value, exc_tb, file):
    # The interpreter's own display of an uncaught exception goes to sys.stderr; use it
    # when that is where the output should go, otherwise the traceback module.
    if file is _sys.stderr:
        hook = getattr(_sys, "__excepthook__", None)
        if hook is None:
            hook = getattr(_sys, "excepthook", None)
        if hook is not None:
            hook(exc_type, exc_value, exc_tb)
            return
    try:
        from traceback import print_exception
    except ImportError:
        print(f"{exc_type.__name__}: {exc_value}", file=file)
    else:
        print_exception(exc_type, exc_value, exc_tb, file=file)


def excepthook(args, /):
    """Handle an exception raised by Thread.run()."""
    if not isinstance(args, ExceptHookArgs):
        raise TypeError("_thread.excepthook argument type must be ExceptHookArgs")
    if args.exc_type == SystemExit:
        # SystemExit ends the thread silently.
        return
    stderr = getattr(_sys, "stderr", None)
    if stderr is None:
        thread = args.thread
        stderr = getattr(thread, "_stderr", None) if thread is not None else None
        if stderr is None:
            return
    name = None
    if args.thread is not None:
        try:
            name = args.thread.name
        except Exception:
            name = None
    if name:
        print(f"Exception in thread {name}:", file=stderr, flush=True)
    else:
        print(f"Exception in thread {get_ident()}:", file=stderr, flush=True)
    _print_exception(args.exc_type, args.exc_value, args.exc_traceback, stderr)
    stderr.flush()


__excepthook__ = excepthook


def _make_invoke_excepthook():
    # Captured now so that a thread still reports its exception late in interpreter
    # shutdown, when module globals may already be gone.
    original_hook = excepthook
    original_sys_hook = getattr(_sys, "excepthook", None)
    exc_info = _sys.exc_info
    local_print = print
    local_sys = _sys

    def invoke_excepthook(thread):
        try:
            hook = globals().get("excepthook") or original_hook
            args = ExceptHookArgs([*exc_info(), thread])
            hook(args)
        except Exception as exc:
            exc.__suppress_context__ = True
            del exc
            stderr = getattr(local_sys, "stderr", None) or thread._stderr
            local_print("Exception in threading.excepthook:", file=stderr, flush=True)
            sys_hook = getattr(local_sys, "excepthook", None) or original_sys_hook
            if sys_hook is not None:
                sys_hook(*exc_info())
        finally:
            args = None

    return invoke_excepthook


# ---- special threads ---------------------------------------------------------------------

class Timer(Thread):
    """Call a function after a specified number of seconds, unless cancel()led."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it hasn't finished yet."""
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        done = _allocate_lock()
        done.acquire()
        self._tstate_lock = done
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    # Stands for a thread that threading did not start (one started with
    # _thread.start_new_thread); it is always alive and cannot be joined.

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self

    def _stop(self):
        pass

    def is_alive(self):
        assert not self._is_stopped and self._started.is_set()
        return True

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


# ---- module-level functions --------------------------------------------------------------

def current_thread():
    """Return the current Thread object, corresponding to the caller's thread of control."""
    try:
        return _active[get_ident()]
    except KeyError:
        pass
    # Not registered (or racing with a registration): look again under the lock before
    # deciding this thread was not started by threading.
    with _active_limbo_lock:
        thread = _active.get(get_ident())
    if thread is not None:
        return thread
    return _DummyThread()


def currentThread():
    """Return the current Thread object (deprecated alias of current_thread)."""
    _deprecated("currentThread", "current_thread")
    return current_thread()


def active_count():
    """Return the number of Thread objects currently alive."""
    with _active_limbo_lock:
        return len(_active) + len(_limbo)


def activeCount():
    """Return the number of Thread objects currently alive (deprecated alias)."""
    _deprecated("activeCount", "active_count")
    return active_count()


def _enumerate():
    return list(_active.values()) + list(_limbo.values())


def enumerate():
    """Return a list of all Thread objects currently alive."""
    with _active_limbo_lock:
        return list(_active.values()) + list(_limbo.values())


def main_thread():
    """Return the main thread object."""
    return _main_thread


_threading_atexits = []
_SHUTTING_DOWN = False


def _register_atexit(func, *args, **kwargs):
    """Register func to be called when the main thread exits, before non-daemon threads
    are joined (used by concurrent.futures)."""
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append(lambda: func(*args, **kwargs))


def _shutdown():
    """Wait until every non-daemon thread has finished; called by the interpreter at exit."""
    global _SHUTTING_DOWN
    if _main_thread._is_stopped:
        return
    _SHUTTING_DOWN = True
    done = _main_thread._tstate_lock
    if done is not None and done.locked():
        done.release()
    _main_thread._stop()
    for call in reversed(_threading_atexits):
        call()
    # Threads may start more threads while we wait, so repeat until none is left.
    while True:
        with _shutdown_locks_lock:
            locks = list(_shutdown_locks)
            _shutdown_locks.clear()
        if not locks:
            break
        for lock in locks:
            lock.acquire()
            lock.release()


_main_thread = _MainThread()

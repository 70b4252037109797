# concurrent.futures._base: Future, the Executor base class, wait() and as_completed()
# (CPython 3.11 behaviour), written for weft.
#
# Owns: the future state machine (pending -> running -> finished, or cancelled), the
# waiter objects that wait()/as_completed() install on futures, the exception types, and
# Executor.map's ordered result iterator.
#
# Must not: start threads (executors do that) or depend on modules weft may lack:
# logging is used when present, otherwise _Logger below prints what logging's
# last-resort handler would print (the message, then the traceback) to stderr.

import sys as _sys
import threading
import time

FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"
_AS_COMPLETED = "_AS_COMPLETED"

# Future states.
PENDING = "PENDING"
RUNNING = "RUNNING"
CANCELLED = "CANCELLED"
CANCELLED_AND_NOTIFIED = "CANCELLED_AND_NOTIFIED"  # waiters have been told
FINISHED = "FINISHED"

_FUTURE_STATES = [PENDING, RUNNING, CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished",
}

_DONE_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)
_CANCELLED_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED)


class _Logger:
    # Stand-in for logging.getLogger("concurrent.futures") with no handlers configured:
    # records of level WARNING and above go to stderr as the bare message, followed by
    # the traceback when exc_info is requested.

    def _emit(self, msg, args, exc_info):
        stderr = _sys.stderr
        if stderr is None:
            return
        if args:
            msg = msg % args
        print(msg, file=stderr, flush=True)
        if exc_info:
            exc_type, exc_value, exc_tb = _sys.exc_info()
            if exc_type is not None:
                threading._print_exception(exc_type, exc_value, exc_tb, stderr)

    def exception(self, msg, *args, exc_info=True):
        self._emit(msg, args, exc_info)

    def critical(self, msg, *args, exc_info=False):
        self._emit(msg, args, exc_info)

    def error(self, msg, *args, exc_info=False):
        self._emit(msg, args, exc_info)


try:
    import logging as _logging
except ImportError:
    LOGGER = _Logger()
else:
    LOGGER = _logging.getLogger("concurrent.futures")


class Error(Exception):
    """Base class for all future-related exceptions."""
    pass


class CancelledError(Error):
    """The Future was cancelled."""
    pass


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in this state."""
    pass


class BrokenExecutor(RuntimeError):
    """Raised when a executor has become non-functional after a severe failure."""


# ---- waiters -----------------------------------------------------------------------------

class _Waiter:
    # One per wait()/as_completed() call, registered on every future it watches. A future
    # reports its completion here (with its condition held); the waiter collects the
    # finished futures and sets its event when the caller should wake up.

    def __init__(self, mode, pending=0):
        self.mode = mode
        self.pending = pending
        self.event = threading.Event()
        self.lock = threading.Lock()
        self.finished_futures = []

    def _record(self, future, failed):
        with self.lock:
            self.finished_futures.append(future)
            if self.mode == _AS_COMPLETED or self.mode == FIRST_COMPLETED:
                self.event.set()
            elif failed and self.mode == FIRST_EXCEPTION:
                self.event.set()
            else:
                self.pending -= 1
                if not self.pending:
                    self.event.set()

    def add_result(self, future):
        self._record(future, False)

    def add_exception(self, future):
        self._record(future, True)

    def add_cancelled(self, future):
        self._record(future, False)


class _AcquireFutures:
    """Holds the conditions of several futures at once, always in the same order."""

    def __init__(self, futures):
        self.futures = sorted(futures, key=id)

    def __enter__(self):
        for future in self.futures:
            future._condition.acquire()

    def __exit__(self, *args):
        for future in self.futures:
            future._condition.release()


def _is_finished(future):
    return future._state == FINISHED or future._state == CANCELLED_AND_NOTIFIED


def _install_waiter(fs, return_when):
    # Called with every future's condition held.
    if return_when not in (_AS_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError("Invalid return condition: %r" % return_when)
    pending = 0
    for f in fs:
        if not _is_finished(f):
            pending += 1
    waiter = _Waiter(return_when, pending)
    for f in fs:
        f._waiters.append(waiter)
    return waiter


def _uninstall_waiter(fs, waiter):
    for f in fs:
        with f._condition:
            f._waiters.remove(waiter)


def as_completed(fs, timeout=None):
    """An iterator over the given futures that yields each as it completes.

    Raises TimeoutError if __next__() is called and the result isn't available after
    timeout seconds from the original call to as_completed().
    """
    if timeout is not None:
        deadline = timeout + time.monotonic()
    watched = set(fs)
    total = len(watched)
    with _AcquireFutures(watched):
        ready = [f for f in watched if _is_finished(f)]
        waiter = _install_waiter(watched, _AS_COMPLETED)
    try:
        while True:
            # Forget each future before handing it out, so the caller holds the only
            # reference the iterator kept.
            while ready:
                f = ready.pop()
                watched.discard(f)
                with f._condition:
                    f._waiters.remove(waiter)
                yield f
                del f
            if not watched:
                return
            if timeout is None:
                remaining = None
            else:
                remaining = deadline - time.monotonic()
                if remaining < 0:
                    raise TimeoutError(
                        "%d (of %d) futures unfinished" % (len(watched), total))
            waiter.event.wait(remaining)
            with waiter.lock:
                ready = waiter.finished_futures
                waiter.finished_futures = []
                waiter.event.clear()
            # ready.pop() takes from the end: reverse to yield in completion order.
            ready.reverse()
    finally:
        _uninstall_waiter(watched, waiter)


class DoneAndNotDoneFutures(tuple):
    """DoneAndNotDoneFutures(done, not_done)"""

    __slots__ = ()
    _fields = ("done", "not_done")

    def __new__(cls, done, not_done):
        return tuple.__new__(cls, (done, not_done))

    @property
    def done(self):
        """Alias for field number 0"""
        return self[0]

    @property
    def not_done(self):
        """Alias for field number 1"""
        return self[1]

    def __repr__(self):
        return "DoneAndNotDoneFutures(done=%r, not_done=%r)" % tuple(self)

    def __getnewargs__(self):
        return tuple(self)


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures in the given sequence to complete.

    Returns a named 2-tuple of sets: 'done' holds the futures that completed (finished or
    cancelled) before the wait ended, 'not_done' the others.
    """
    fs = set(fs)
    with _AcquireFutures(fs):
        done = {f for f in fs if _is_finished(f)}
        if done and return_when == FIRST_COMPLETED:
            return DoneAndNotDoneFutures(done, fs - done)
        if done and return_when == FIRST_EXCEPTION:
            for f in done:
                if not f.cancelled() and f.exception() is not None:
                    return DoneAndNotDoneFutures(done, fs - done)
        if len(done) == len(fs):
            return DoneAndNotDoneFutures(done, fs - done)
        waiter = _install_waiter(fs, return_when)

    waiter.event.wait(timeout)
    _uninstall_waiter(fs, waiter)
    with waiter.lock:
        done.update(waiter.finished_futures)
    return DoneAndNotDoneFutures(done, fs - done)


def _result_or_cancel(fut, timeout=None):
    try:
        try:
            return fut.result(timeout)
        finally:
            fut.cancel()
    finally:
        # Drop the reference so a failed future's exception does not keep a cycle.
        del fut


# ---- Future ------------------------------------------------------------------------------

class Future:
    """Represents the result of an asynchronous computation."""

    def __init__(self):
        """Initializes the future. Should not be called by clients."""
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                LOGGER.exception("exception calling callback for %r", self)

    def __repr__(self):
        with self._condition:
            name = self.__class__.__name__
            state = _STATE_TO_DESCRIPTION_MAP[self._state]
            if self._state == FINISHED:
                if self._exception:
                    return "<%s at %#x state=%s raised %s>" % (
                        name, id(self), state, self._exception.__class__.__name__)
                return "<%s at %#x state=%s returned %s>" % (
                    name, id(self), state, self._result.__class__.__name__)
            return "<%s at %#x state=%s>" % (name, id(self), state)

    def cancel(self):
        """Cancel the future if possible.

        Returns True if the future was cancelled, False otherwise. A future cannot be
        cancelled if it is running or has already completed.
        """
        with self._condition:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state in _CANCELLED_STATES:
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        """Return True if the future was cancelled."""
        with self._condition:
            return self._state in _CANCELLED_STATES

    def running(self):
        """Return True if the future is currently executing."""
        with self._condition:
            return self._state == RUNNING

    def done(self):
        """Return True if the future was cancelled or finished executing."""
        with self._condition:
            return self._state in _DONE_STATES

    def __get_result(self):
        if self._exception:
            try:
                raise self._exception
            finally:
                # Break the cycle frame -> self -> exception -> traceback -> frame.
                self = None
        return self._result

    def add_done_callback(self, fn):
        """Attach a callable that will be called when the future finishes.

        The callable is called with the future as its only argument, in the thread that
        completes the future, or immediately if the future is already done.
        """
        with self._condition:
            if self._state not in _DONE_STATES:
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            LOGGER.exception("exception calling callback for %r", self)

    def result(self, timeout=None):
        """Return the result of the call that the future represents.

        Raises CancelledError if the future was cancelled, TimeoutError if it did not
        complete within timeout seconds, and the call's exception if it raised one.
        """
        try:
            with self._condition:
                if self._state in _CANCELLED_STATES:
                    raise CancelledError()
                elif self._state == FINISHED:
                    return self.__get_result()

                self._condition.wait(timeout)

                if self._state in _CANCELLED_STATES:
                    raise CancelledError()
                elif self._state == FINISHED:
                    return self.__get_result()
                else:
                    raise TimeoutError()
        finally:
            self = None

    def exception(self, timeout=None):
        """Return the exception raised by the call that the future represents (or None).

        Raises CancelledError if the future was cancelled and TimeoutError if it did not
        complete within timeout seconds.
        """
        with self._condition:
            if self._state in _CANCELLED_STATES:
                raise CancelledError()
            elif self._state == FINISHED:
                return self._exception

            self._condition.wait(timeout)

            if self._state in _CANCELLED_STATES:
                raise CancelledError()
            elif self._state == FINISHED:
                return self._exception
            else:
                raise TimeoutError()

    # The following methods should only be used by Executors and in tests.

    def set_running_or_notify_cancel(self):
        """Mark the future as running or process any cancel notifications.

        Returns False if the future was cancelled (and must not run), True otherwise.
        """
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.add_cancelled(self)
                # self._condition.notify_all() is not necessary because cancel()
                # notified the waiters already.
                return False
            elif self._state == PENDING:
                self._state = RUNNING
                return True
            else:
                LOGGER.critical("Future %s in unexpected state: %s", id(self), self._state)
                raise RuntimeError("Future in unexpected state")

    def set_result(self, result):
        """Sets the return value of work associated with the future."""
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError("{}: {!r}".format(self._state, self))
            self._result = result
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_result(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_exception(self, exception):
        """Sets the result of the future as being the given exception."""
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError("{}: {!r}".format(self._state, self))
            self._exception = exception
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_exception(self)
            self._condition.notify_all()
        self._invoke_callbacks()


try:
    from types import GenericAlias as _GenericAlias
except ImportError:
    pass
else:
    Future.__class_getitem__ = classmethod(_GenericAlias)


class Executor:
    """This is an abstract base class for concrete asynchronous executors."""

    def submit(self, fn, /, *args, **kwargs):
        """Submits a callable to be executed with the given arguments.

        Returns a Future instance representing the execution of the callable.
        """
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Returns an iterator equivalent to map(fn, iter).

        The calls may be evaluated out-of-order, but results are yielded in order. If a
        call raises, the exception is raised when its value is retrieved; TimeoutError
        is raised if a result is not available timeout seconds after map() was called.
        """
        if timeout is not None:
            deadline = timeout + time.monotonic()

        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        # A generator so that every call is submitted before the first result is awaited.
        def result_iterator():
            try:
                # Pop from the end: the iterator then holds no reference to futures it
                # has already yielded.
                fs.reverse()
                while fs:
                    if timeout is None:
                        yield _result_or_cancel(fs.pop())
                    else:
                        yield _result_or_cancel(fs.pop(), deadline - time.monotonic())
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Clean-up the resources associated with the Executor."""
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False

# contextlib: utilities for with-statement contexts (CPython 3.11 behaviour).
#
# Owns: contextmanager (generator-based context managers: how exceptions are thrown into
# the generator and which StopIteration/RuntimeError outcomes count as "suppressed"),
# ContextDecorator, AbstractContextManager, suppress, closing, nullcontext, ExitStack,
# redirect_stdout/redirect_stderr, chdir. Must not: import modules that import
# contextlib. The async variants are not provided (weft compiles no `async def` yet).

import sys
import abc as _abc
from collections import deque as _deque
from functools import wraps as _wraps

__all__ = ["contextmanager", "closing", "nullcontext", "AbstractContextManager",
           "ContextDecorator", "ExitStack", "redirect_stdout", "redirect_stderr",
           "suppress", "chdir"]


def _has_methods(C, *names):
    # Structural check used by __subclasshook__: every name defined somewhere in the MRO
    # and not blocked by a None.
    for name in names:
        for klass in C.__mro__:
            if name in klass.__dict__:
                if klass.__dict__[name] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


class AbstractContextManager(_abc.ABC):
    """An abstract base class for context managers."""

    __slots__ = ()

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)

    def __enter__(self):
        """Return `self` upon entering the runtime context."""
        return self

    @_abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        """Raise any exception triggered within the runtime context."""
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractContextManager:
            return _has_methods(C, "__enter__", "__exit__")
        return NotImplemented


class ContextDecorator(object):
    "A base class or mixin that enables context managers to work as decorators."

    def _recreate_cm(self):
        # Context managers that can only be entered once return a fresh copy here.
        return self

    def __call__(self, func):
        @_wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return inner


class _GeneratorContextManager(ContextDecorator, AbstractContextManager):
    """Helper for @contextmanager decorator."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func = func
        self.args = args
        self.kwds = kwds
        doc = getattr(func, "__doc__", None)
        self.__doc__ = type(self).__doc__ if doc is None else doc

    def _recreate_cm(self):
        return type(self)(self.func, self.args, self.kwds)

    def __enter__(self):
        # Entered once: the recreation data is no longer needed.
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            # Normal exit: the generator must finish after its single yield.
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            self.gen.throw(typ, value, traceback)
        except StopIteration as stop:
            # The generator swallowed the exception and returned: suppressed, unless the
            # StopIteration is the very exception raised in the with-block.
            return stop is not value
        except RuntimeError as err:
            if err is value:
                err.__traceback__ = traceback
                return False
            # A StopIteration from the block turned into RuntimeError by the generator
            # (PEP 479) is the original exception propagating, not a new one.
            if isinstance(value, StopIteration) and err.__cause__ is value:
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as err:
            # The same exception coming back means "not handled": report it by
            # returning False rather than raising from __exit__.
            if err is not value:
                raise
            err.__traceback__ = traceback
            return False
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    '@contextmanager decorator.'
    @_wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


class closing(AbstractContextManager):
    'Context to automatically close something at the end of a block.'

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class _RedirectStream(AbstractContextManager):

    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._saved = []  # a stack, so the same object may be entered re-entrantly

    def __enter__(self):
        self._saved.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._saved.pop())


class redirect_stdout(_RedirectStream):
    """Context manager for temporarily redirecting stdout to another file."""

    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Context manager for temporarily redirecting stderr to another file."""

    _stream = "stderr"


class suppress(AbstractContextManager):
    'Context manager to suppress specified exceptions'

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


class nullcontext(AbstractContextManager):
    'Context manager that does no additional processing.'

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass


class chdir(AbstractContextManager):
    """Non thread-safe context manager to change the current working directory."""

    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        import os
        self._old_cwd.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        import os
        os.chdir(self._old_cwd.pop())


class ExitStack(AbstractContextManager):
    'Context manager for dynamic management of a stack of exit callbacks.'

    def __init__(self):
        # Each entry is a callable taking (exc_type, exc, tb) and returning "suppress?".
        self._exit_callbacks = _deque()

    def __enter__(self):
        return self

    def pop_all(self):
        """Preserve the context stack by transferring it to a new instance."""
        moved = type(self)()
        moved._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = _deque()
        return moved

    def push(self, exit):
        'Registers a callback with the standard __exit__ method signature.'
        exit_method = getattr(type(exit), '__exit__', None)
        if exit_method is None:
            self._exit_callbacks.append(exit)
        else:
            self._push_cm_exit(exit, exit_method)
        return exit

    def enter_context(self, cm):
        'Enters the supplied context manager.'
        cls = type(cm)
        enter = getattr(cls, '__enter__', None)
        exit_method = getattr(cls, '__exit__', None)
        if enter is None or exit_method is None:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                            f"not support the context manager protocol")
        result = enter(cm)
        self._push_cm_exit(cm, exit_method)
        return result

    def callback(self, callback, /, *args, **kwds):
        'Registers an arbitrary callback and arguments.'
        def call_it(exc_type, exc, tb):
            callback(*args, **kwds)
        call_it.__wrapped__ = callback
        self._exit_callbacks.append(call_it)
        return callback

    def _push_cm_exit(self, cm, exit_method):
        def call_exit(exc_type, exc, tb):
            return exit_method(cm, exc_type, exc, tb)
        call_exit.__self__ = cm
        self._exit_callbacks.append(call_exit)

    def __exit__(self, *exc_details):
        had_exc = exc_details[0] is not None
        # The exception being handled around the `with` (if any): chained contexts
        # that reach it are re-pointed at the exception of the inner callback.
        outer = sys.exc_info()[1]

        def relink(new_exc, old_exc):
            # Make `new_exc`'s __context__ chain end at `old_exc`, as nested
            # with-statements would have linked it.
            while True:
                ctx = new_exc.__context__
                if ctx is None or ctx is old_exc:
                    return
                if ctx is outer:
                    break
                new_exc = ctx
            new_exc.__context__ = old_exc

        suppressed = False
        raising = False
        callbacks = self._exit_callbacks
        while callbacks:
            cb = callbacks.pop()
            try:
                if cb(*exc_details):
                    suppressed = True
                    raising = False
                    exc_details = (None, None, None)
            except BaseException:
                new_details = sys.exc_info()
                relink(new_details[1], exc_details[1])
                raising = True
                exc_details = new_details
        if raising:
            exc = exc_details[1]
            ctx = exc.__context__
            try:
                raise exc
            except BaseException:
                # `raise` set __context__ to the handled exception; restore ours.
                exc.__context__ = ctx
                raise
        return had_exc and suppressed

    def close(self):
        """Immediately unwind the context stack."""
        self.__exit__(None, None, None)

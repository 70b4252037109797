"""atexit: functions to run when the interpreter exits normally.

weft's own implementation: the interpreter calls `_run_exitfuncs()` at exit, after
non-daemon threads have been joined, and runs the callbacks last-registered first.
"""

_handlers = []


def register(func, /, *args, **kwargs):
    """Register `func` to be called with `args` and `kwargs` at exit; returns `func`."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _handlers.append((func, args, kwargs))
    return func


def unregister(func, /):
    """Remove every registration of `func` (compared with ==)."""
    _handlers[:] = [h for h in _handlers if not h[0] == func]


def _clear():
    """Remove every registered callback."""
    del _handlers[:]


def _ncallbacks():
    """The number of registered callbacks."""
    return len(_handlers)


def _run_exitfuncs():
    """Call the registered callbacks, last first; an exception is reported and the
    remaining callbacks still run."""
    import _weft
    while _handlers:
        func, args, kwargs = _handlers.pop()
        try:
            func(*args, **kwargs)
        except BaseException as exc:
            # Report the traceback from the callback's own frame, as CPython does.
            tb = exc.__traceback__
            if tb is not None:
                exc.__traceback__ = tb.tb_next
            _weft.print_unraisable(exc, "in atexit callback", func)

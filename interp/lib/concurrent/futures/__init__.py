# concurrent.futures: the public face of the futures package (CPython 3.11 behaviour).
#
# Owns: the package's exported names, re-exported from _base (futures, waiting, the
# Executor base) and thread (ThreadPoolExecutor).
#
# Must not: define behaviour itself. ProcessPoolExecutor is not provided: weft has no
# multiprocessing, so importing it raises ImportError.

from concurrent.futures._base import (
    FIRST_COMPLETED,
    FIRST_EXCEPTION,
    ALL_COMPLETED,
    CancelledError,
    TimeoutError,
    InvalidStateError,
    BrokenExecutor,
    Future,
    Executor,
    wait,
    as_completed,
)
from concurrent.futures.thread import ThreadPoolExecutor

__all__ = (
    "FIRST_COMPLETED",
    "FIRST_EXCEPTION",
    "ALL_COMPLETED",
    "CancelledError",
    "TimeoutError",
    "BrokenExecutor",
    "Future",
    "Executor",
    "wait",
    "as_completed",
    "ThreadPoolExecutor",
)


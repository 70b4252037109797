import sys
import traceback


def clean(s):
    return str(s).replace(__file__, "FILE")


def level3():
    raise KeyError("deep key")


def level2():
    level3()


def level1():
    level2()


try:
    level1()
except KeyError as e:
    exc = e

tb = exc.__traceback__
for limit in [None, 0, 1, 2, -1, -2, 10]:
    print(limit, clean([(f.name, f.lineno) for f in traceback.extract_tb(tb, limit=limit)]))
    print(clean(traceback.format_exception(exc, limit=limit)))
print(clean(traceback.format_exception(type(exc), exc, tb, limit=1, chain=False)))
print(traceback.format_exception_only(KeyError, exc))
print(traceback.format_exception_only(exc))
print(traceback.format_exception_only(ValueError("multi\nline")))
print(traceback.format_exception_only(Exception()))
print(traceback.format_exception_only(SystemExit(3)))
print(traceback.format_exception_only(StopIteration(7)))
print(traceback.format_exception(None))


class Broken(Exception):
    def __str__(self):
        raise RuntimeError("no str")


print(traceback.format_exception_only(Broken()))


def recurse(n):
    if n == 0:
        raise ValueError("bottom")
    recurse(n - 1)


try:
    recurse(30)
except ValueError as e:
    stack = traceback.extract_tb(e.__traceback__)
    print(len(stack))
    print(clean("".join(stack.format())))


def alternating(n):
    if n == 0:
        raise ValueError("alt")
    other(n - 1)


def other(n):
    alternating(n)


try:
    alternating(8)
except ValueError as e:
    print(clean("".join(traceback.format_tb(e.__traceback__))))

sys.tracebacklimit = 1
print(clean(traceback.format_exception(exc)))
del sys.tracebacklimit
print(len(traceback.format_exception(exc)))
te = traceback.TracebackException(type(exc), exc, tb, limit=2)
print(clean(list(te.format())), te.exc_type.__name__, len(te.stack))
te2 = traceback.TracebackException.from_exception(exc)
print(te == te2, te2 == traceback.TracebackException.from_exception(exc))
frames = list(traceback.walk_tb(tb))
print([(f.f_code.co_name, line) for f, line in frames])
print(clean(traceback.format_list(traceback.extract_tb(tb)[1:])))

import traceback
import sys


def clean(s):
    return s.replace(__file__, "FILE")


class Out:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def text(self):
        return clean("".join(self.parts))


def f(n):
    if n == 0:
        raise ValueError("boom %d" % n)
    f(n - 1)


try:
    f(2)
except ValueError:
    s = traceback.format_exc()
print(clean(s))

try:
    f(1)
except ValueError as e:
    print(clean(str(traceback.format_exception(e))))
    print(traceback.format_exception_only(type(e), e))
    print(traceback.format_exception_only(e))
    print(clean(str(traceback.format_tb(e.__traceback__))))
    print(clean(str([tuple(x) for x in traceback.extract_tb(e.__traceback__)])))
    print(clean(repr(traceback.extract_tb(e.__traceback__)[0])))
    print(clean(str(traceback.extract_tb(e.__traceback__, limit=1))))
    print(clean(str(traceback.extract_tb(e.__traceback__, limit=-1))))
    o = Out()
    traceback.print_exc(file=o)
    print(o.text())
    o = Out()
    traceback.print_tb(e.__traceback__, limit=1, file=o)
    print(o.text())
    o = Out()
    traceback.print_exception(e, file=o)
    print(o.text())
    o = Out()
    traceback.print_exception(type(e), e, e.__traceback__, limit=2, file=o)
    print(o.text())

print(repr(traceback.format_exc()))


def g():
    try:
        raise KeyError("k")
    except KeyError as e:
        raise RuntimeError("wrapped") from e


try:
    g()
except RuntimeError:
    print(clean(traceback.format_exc()))

try:
    try:
        raise TypeError("inner")
    except TypeError:
        raise OSError("outer")
except OSError:
    print(clean(traceback.format_exc()))
    print(clean(traceback.format_exc(chain=False)))

try:
    try:
        raise TypeError("hidden")
    except TypeError:
        raise LookupError("shown") from None
except LookupError:
    print(clean(traceback.format_exc()))


def rec(n):
    if n == 0:
        raise RecursionError("deep")
    rec(n - 1)


try:
    rec(10)
except RecursionError:
    print(clean(traceback.format_exc()))

e = ValueError("x")
e.add_note("a note")
e.add_note("second\nline")
print(traceback.format_exception_only(e))


class MyErr(Exception):
    pass


print(traceback.format_exception_only(MyErr("m")))
print(traceback.format_exception_only(MyErr()))
print(traceback.format_exception_only(KeyError("key")))
print(traceback.format_exception(e))
te = traceback.TracebackException.from_exception(e)
print(str(te), list(te.format()), te.exc_type.__name__)
try:
    compile("x = (", "<s>", "exec")
except SyntaxError as se:
    print(traceback.format_exception_only(se))
try:
    traceback.format_exception(ValueError, ValueError("x"))
except ValueError as err:
    print("ValueError", err)
print(traceback.format_list([("a.py", 3, "f", "x = 1"), ("b.py", 4, "g", None)]))
fs = traceback.FrameSummary("a.py", 1, "f", line="  y = 2  ")
print(fs.line, fs == ("a.py", 1, "f", "y = 2"), list(fs), fs[2], len(fs))
print(traceback.StackSummary.from_list([("a.py", 3, "f", "x")]).format())

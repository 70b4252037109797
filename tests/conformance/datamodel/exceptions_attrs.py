e = OSError(2, "No such file", "f.txt")
print(type(e).__name__, e.errno, e.strerror, e.filename, e, e.args)
print(type(OSError(13, "x")).__name__, type(OSError(17, "x")).__name__, type(OSError(21, "x")).__name__)
print(type(OSError(20, "x")).__name__, type(OSError(32, "x")).__name__, type(OSError(11, "x")).__name__)
print(type(OSError(10, "x")).__name__, type(OSError(4, "x")).__name__, type(OSError(3, "x")).__name__)
print(type(OSError(110, "x")).__name__, type(OSError(111, "x")).__name__, type(OSError(104, "x")).__name__, type(OSError(103, "x")).__name__)
print(type(OSError(1, "x")).__name__, type(OSError(999, "x")).__name__)
print(OSError("just msg").errno, str(OSError("a", "b", "c", "d")), OSError(1, 2, 3, 4, 5).filename2)
e2 = OSError(2, "msg", "a", None, "b")
print(str(e2), e2.filename2)
print(str(FileNotFoundError(2, "gone")), FileNotFoundError("one").args)
print(IOError is OSError, EnvironmentError is OSError)
si = StopIteration(5)
print(si.value, StopIteration().value, StopIteration(1, 2).value)
def g():
    return 9
    yield
try:
    next(g())
except StopIteration as e:
    print("value", e.value)
se = SyntaxError("bad", ("f.py", 3, 4, "x = (", 3, 5))
print(se.msg, se.filename, se.lineno, se.offset, se.text, se.end_lineno, se.end_offset, str(se))
try:
    compile("x = (", "file.py", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno, e.offset)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, str(e))
ude = UnicodeDecodeError("ascii", b"ab\x80", 2, 3, "ordinal not in range(128)")
print(str(ude), ude.args)
try:
    "\u20ac".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, str(e))
print(str(KeyError("k")), str(KeyError()), str(KeyError(1, 2)), repr(KeyError("k")), str(KeyError("")))
print(str(IndexError("i")), repr(ValueError()), str(Exception(1, "a")))
try:
    {}["missing"]
except KeyError as e:
    print(e, e.args)
e = Exception("m")
e.add_note("note one")
e.add_note("note two")
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as ex:
    print(type(ex).__name__, ex)
ae = AttributeError("a", name="nm", obj=5)
print(ae.name, ae.obj)
ne = NameError("n", name="q")
print(ne.name)
ie = ImportError("msg", name="mod", path="/p")
print(ie.name, ie.path, ie.msg, str(ie))
print(SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
e = ValueError("x")
e.__traceback__ = None
print(e.with_traceback(None) is e, e.__cause__, e.__context__, e.__suppress_context__)
try:
    try:
        raise ValueError("inner")
    except ValueError:
        raise TypeError("outer") from None
except TypeError as t:
    print(t.__suppress_context__, type(t.__context__).__name__, t.__cause__)
print(BaseException.__new__(ValueError).args)
print(repr(UnicodeError("u")), isinstance(UnicodeDecodeError("a", b"", 0, 0, "r"), ValueError))
print(type(ZeroDivisionError.__mro__), [c.__name__ for c in ZeroDivisionError.__mro__])
print([c.__name__ for c in ModuleNotFoundError.__mro__], [c.__name__ for c in RecursionError.__mro__])
print([c.__name__ for c in TabError.__mro__], [c.__name__ for c in BrokenPipeError.__mro__])
